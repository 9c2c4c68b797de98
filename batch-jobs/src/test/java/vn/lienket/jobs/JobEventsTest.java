package vn.lienket.jobs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JobEventsTest {

    /** A Spring Batch upgrade that renamed or dropped its JFR events would leave the warm-up doing nothing. */
    @Test
    void theEventsSpringBatchRecordsAreJfrEventsInitialisedAhead() {
        assertThat(JobEvents.TASKLET_JOB_EVENTS).allSatisfy(event -> assertThat(jdk.jfr.Event.class).isAssignableFrom(event));

        assertThat(JobEvents.initialiseAhead().get()).isEqualTo(JobEvents.TASKLET_JOB_EVENTS.size());
    }
}

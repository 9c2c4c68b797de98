package vn.lienket.app.cli;

import vn.lienket.testsupport.ChildProcess;

/**
 * The real command line in a JVM of its own, ended with the test JVM that started it: the cluster nodes of
 * {@link ClusterIT}, the auditor's render of {@link ReplayCommandIT}.
 */
public final class ClusterNode {

    private ClusterNode() {
    }

    public static void main(String[] args) {
        ChildProcess.endWithParent();
        LienketCli.main(args);
    }
}

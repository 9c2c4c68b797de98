package vn.lienket.app.cli;

import vn.lienket.testsupport.ChildProcess;

/** A cluster node for {@link ClusterIT}: the real command line, ended with the test JVM that started it. */
public final class ClusterNode {

    private ClusterNode() {
    }

    public static void main(String[] args) {
        ChildProcess.endWithParent();
        LienketCli.main(args);
    }
}

package com.minicrm.reliability;

/**
 * One fault: does it, checks the invariants with SQL, and returns a one-line summary or throws.
 * {@code id} names the scenario's own database and virtual host.
 */
interface Scenario {
    String run(Rig rig, String id) throws Exception;
}

package com.medvisionlab.secondopinion;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts unfinished requests back in line: at start-up (after requeueing the calls the previous process left RUNNING)
 * and then periodically as a JobRunr recurring job, so a request is never forgotten whatever happened to the thread
 * that had it. Public only because JobRunr invokes the job method by reflection.
 */
public class OpinionRecovery {

    private static final Logger log = LoggerFactory.getLogger(OpinionRecovery.class);

    private final OpinionStore store;
    private final OpinionDispatcher dispatcher;

    OpinionRecovery(OpinionStore store, OpinionDispatcher dispatcher) {
        this.store = store;
        this.dispatcher = dispatcher;
    }

    void afterStart() {
        int interrupted = store.requeueInterrupted();
        if (interrupted > 0) {
            log.info("{} AI request(s) interrupted by the last shutdown are queued again", interrupted);
        }
        resubmitUnfinished();
    }

    /** The JobRunr job: cheap when nothing is lost (one indexed query). */
    public void resubmitUnfinished() {
        for (var id : store.unfinished()) {
            if (!dispatcher.inLine(id)) {
                dispatcher.submit(id);
            }
        }
    }
}

package com.medvisionlab.secondopinion;

import java.util.concurrent.Callable;

/**
 * A worker's handle for cancellation. Cancelling interrupts the worker only while it is blocked (waiting for its turn,
 * for the engine or for the backoff), never while it talks to the database: an interrupted JDBC call can close an H2
 * file database's channel.
 */
final class Ticket {

    /** The request was cancelled while the worker waited or worked. */
    static final class Cancelled extends Exception {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    private final Thread worker;
    private boolean blocking;
    private boolean cancelled;

    Ticket(Thread worker) {
        this.worker = worker;
    }

    <T> T block(Callable<T> wait) throws Exception {
        synchronized (this) {
            if (cancelled) {
                throw new Cancelled();
            }
            blocking = true;
        }
        try {
            return wait.call();
        } catch (InterruptedException interrupted) {
            throw new Cancelled();
        } finally {
            synchronized (this) {
                blocking = false;
                // An interrupt that arrived after the wait ended must not reach the next JDBC call.
                Thread.interrupted();
            }
        }
    }

    void checkNotCancelled() throws Cancelled {
        synchronized (this) {
            if (cancelled) {
                throw new Cancelled();
            }
        }
    }

    synchronized void cancel() {
        cancelled = true;
        if (blocking) {
            worker.interrupt();
        }
    }
}

package com.medvisionlab.secondopinion.engine;

import com.medvisionlab.secondopinion.EngineException;
import com.medvisionlab.secondopinion.EngineException.Failure;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/**
 * Turns what the OpenAI client threw into the queue's vocabulary: refused connections, 5xx and 429 are UNAVAILABLE
 * (retried, counted by the circuit breaker), silences and deadlines TIMEOUT, unreadable answers MALFORMED, any other
 * 4xx REJECTED (a wrong model name or key does not get better by retrying). Messages name the engine and the cause,
 * never the request (it carries images) or the key.
 */
final class EngineFailures {

    private EngineFailures() {}

    static EngineException of(String engineId, Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof OpenAIServiceException service) {
                return byStatus(engineId, service.statusCode(), service);
            }
            if (cause instanceof TimeoutException || cause instanceof InterruptedIOException) {
                // OkHttp's read and call timeouts are InterruptedIOExceptions (SocketTimeoutException among them)
                return new EngineException(Failure.TIMEOUT, engineId + ": no answer in time", thrown);
            }
            if (cause instanceof ConnectException
                    || cause instanceof NoRouteToHostException
                    || cause instanceof UnknownHostException) {
                return new EngineException(
                        Failure.UNAVAILABLE, engineId + ": server not reachable (" + cause.getMessage() + ")", thrown);
            }
            if (cause instanceof OpenAIInvalidDataException || isJsonProblem(cause)) {
                return malformed(engineId, thrown);
            }
        }
        if (hasCause(thrown, OpenAIIoException.class) || hasCause(thrown, IOException.class)) {
            return new EngineException(Failure.UNAVAILABLE, engineId + ": connection failed", thrown);
        }
        // anything else came from reading an answer that was not what the protocol promises
        return malformed(engineId, thrown);
    }

    static EngineException byStatus(String engineId, int status, Throwable cause) {
        var message = engineId + ": server answered HTTP " + status;
        if (status == 429 || status >= 500) {
            return new EngineException(Failure.UNAVAILABLE, message, cause);
        }
        if (status == 408) {
            return new EngineException(Failure.TIMEOUT, message, cause);
        }
        return new EngineException(Failure.REJECTED, message, cause);
    }

    static EngineException malformed(String engineId, Throwable cause) {
        return new EngineException(Failure.MALFORMED, engineId + ": unreadable answer", cause);
    }

    private static boolean isJsonProblem(Throwable cause) {
        var name = cause.getClass().getName();
        return name.startsWith("com.fasterxml.jackson.") || name.startsWith("tools.jackson.");
    }

    private static boolean hasCause(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}

package dockerfilels.lsp;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Logs to the client with {@code window/logMessage}; before a client is connected, to stderr.
 * Never to stdout. Also a {@link Handler} so that java.util.logging records (LSP4J's own) reach
 * the client the same way.
 */
public final class ClientLog extends Handler {
    private static final ThreadLocal<Boolean> LOGGING = ThreadLocal.withInitial(() -> false);
    private volatile LanguageClient client;

    void connect(LanguageClient client) {
        this.client = client;
    }

    public void info(String message) {
        send(MessageType.Info, message);
    }

    public void warning(String message) {
        send(MessageType.Warning, message);
    }

    public void error(String message, Throwable cause) {
        if (cause == null) {
            send(MessageType.Error, message);
            return;
        }
        StringWriter trace = new StringWriter();
        cause.printStackTrace(new PrintWriter(trace));
        send(MessageType.Error, message + "\n" + trace);
    }

    private void send(MessageType type, String message) {
        LanguageClient target = client;
        // A failure while logging must not log again (and again): fall back to stderr once.
        if (target == null || LOGGING.get()) {
            System.err.println("dockerfile-ls: " + message);
            return;
        }
        LOGGING.set(true);
        try {
            target.logMessage(new MessageParams(type, message));
        } catch (RuntimeException e) {
            System.err.println("dockerfile-ls: " + message);
        } finally {
            LOGGING.set(false);
        }
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || !isLoggable(record)) {
            return;
        }
        String message = record.getLoggerName() + ": " + record.getMessage();
        if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
            error(message, record.getThrown());
        } else if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            warning(message);
        } else {
            info(message);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}

package dockerfilels.settings;

import dockerfilels.syntax.Severity;
import java.util.Locale;

/** The severity a user gives a rule or a category, or {@code off}. */
public enum RuleLevel {
    OFF, HINT, INFO, WARNING, ERROR;

    /** The severity, or null for OFF. */
    public Severity severity() {
        return switch (this) {
            case OFF -> null;
            case HINT -> Severity.HINT;
            case INFO -> Severity.INFORMATION;
            case WARNING -> Severity.WARNING;
            case ERROR -> Severity.ERROR;
        };
    }

    /** Reads {@code off|hint|info|information|warning|warn|error} in any case; null for anything else. */
    public static RuleLevel parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "off", "none", "ignore" -> OFF;
            case "hint" -> HINT;
            case "info", "information" -> INFO;
            case "warning", "warn" -> WARNING;
            case "error" -> ERROR;
            default -> null;
        };
    }
}

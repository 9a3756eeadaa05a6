package dockerfilels.features.signature;

import dockerfilels.reference.Form;
import java.util.List;

/**
 * Signature help: the forms of the instruction at the cursor, the one that fits what is written,
 * and the parameter the cursor is on (an index into that form's parameters). {@code summary} is
 * the instruction's one-line description.
 */
public record SignatureHelp(List<Form> forms, String summary, String url, int activeForm, int activeParameter) {
}

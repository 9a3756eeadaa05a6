package dockerfilels.lsp;

import dockerfilels.features.cursor.Markdown;
import dockerfilels.reference.Form;
import dockerfilels.reference.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.ParameterInformation;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Tuple;

/**
 * Signature help as LSP4J's. Parameters are given as offsets into the form's label, found left to
 * right, so a parameter whose text also appears earlier in the label is still marked in its place.
 */
final class SignatureConversions {
    private SignatureConversions() {
    }

    static SignatureHelp help(dockerfilels.features.signature.SignatureHelp help, EditorCapabilities editor) {
        List<SignatureInformation> signatures = new ArrayList<>();
        String documentation = Markdown.of().paragraph(help.summary()).link("Dockerfile reference", help.url()).toString();
        for (Form form : help.forms()) {
            SignatureInformation signature = new SignatureInformation(form.label());
            signature.setDocumentation(CompletionConversions.markup(documentation, editor.signatureMarkdown()));
            List<ParameterInformation> parameters = new ArrayList<>();
            int from = 0;
            for (Parameter parameter : form.params()) {
                int start = form.label().indexOf(parameter.label(), from);
                if (start < 0) {
                    start = Math.max(0, form.label().indexOf(parameter.label()));
                }
                int end = Math.min(form.label().length(), start + parameter.label().length());
                from = end;
                ParameterInformation information = new ParameterInformation();
                information.setLabel(Either.forRight(Tuple.two(start, end)));
                information.setDocumentation(CompletionConversions.markup(parameter.doc(), editor.signatureMarkdown()));
                parameters.add(information);
            }
            signature.setParameters(parameters);
            signatures.add(signature);
        }
        SignatureHelp result = new SignatureHelp(signatures, help.activeForm(), help.activeParameter());
        return result;
    }
}

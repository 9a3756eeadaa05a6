package dockerfilels.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dockerfilels.features.Analysis;
import dockerfilels.settings.SettingsFile;
import dockerfilels.workspace.ProjectSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import dockerfilels.settings.FormattingSettings;
import dockerfilels.settings.LintSettings;
import dockerfilels.settings.SettingsJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The client's settings and the workspace folders, as one immutable {@link State} replaced on
 * each change (lint results are cached per snapshot and state). Also the warning sink for
 * settings problems: each distinct warning is logged once until the settings change.
 */
final class ServerSettings {

    /** What lints depend on besides the text. A new object for every change. */
    record State(LintSettings client, List<Path> workspaceFolders) {
        State {
            workspaceFolders = List.copyOf(workspaceFolders);
        }
    }

    private static final int MAX_REMEMBERED_WARNINGS = 1000;
    private final AtomicReference<State> state = new AtomicReference<>(new State(LintSettings.DEFAULT, List.of()));
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    private final ClientLog log;

    ServerSettings(ClientLog log) {
        this.log = log;
    }

    State current() {
        return state.get();
    }

    /** Replaces the client settings; true when they changed. */
    boolean setClient(LintSettings client) {
        return update(new State(client, current().workspaceFolders()));
    }

    boolean setWorkspaceFolders(List<Path> folders) {
        return update(new State(current().client(), folders));
    }

    /** A new state even when nothing changed that we can see (files on disk may have). */
    void touch() {
        State old = state.get();
        state.compareAndSet(old, new State(old.client(), old.workspaceFolders()));
        warned.clear();
    }

    private synchronized boolean update(State next) {
        if (next.equals(state.get())) {
            return false;
        }
        state.set(next);
        warned.clear();
        return true;
    }

    /** Reads client settings in any of the accepted shapes; a bad value is logged and costs only itself. */
    LintSettings read(Object json) {
        JsonElement element = json instanceof JsonElement e ? e : new Gson().toJsonTree(json);
        return SettingsJson.read(element, message -> warn("settings: " + message));
    }

    /** Logs a warning unless the same one was logged since the last change of settings. */
    void warn(String message) {
        if (warned.size() >= MAX_REMEMBERED_WARNINGS) {
            warned.clear();
        }
        if (warned.add(message)) {
            log.warning(message);
        }
    }

    /** The sink for lint-time warnings (project files, build context). */
    Consumer<String> warnings() {
        return this::warn;
    }

    private volatile FormattingSettings formatting = FormattingSettings.DEFAULT;

    /**
     * The formatting settings for a document: the client's, overridden key by key by the nearest
     * project file ({@code .dockerfile-ls.json}, inside the document's workspace folder), read
     * afresh for each request (formatting is rare, and the file small).
     */
    FormattingSettings formattingFor(String uri) {
        FormattingSettings client = formatting;
        Analysis.Location location = Linting.location(uri, current());
        Path file = ProjectSettings.find(location.folder(), location.root());
        if (file == null) {
            return client;
        }
        try {
            if (Files.size(file) > SettingsFile.MAX_BYTES) {
                return client;
            }
            JsonElement json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            return SettingsJson.formatting(json, client, message -> warn(file + ": " + message));
        } catch (IOException | RuntimeException e) {
            // Unreadable or not JSON: the lint of this document already says so.
            return client;
        }
    }

    /** Takes client settings in any accepted shape: formatting at once; true when the lint settings changed. */
    boolean acceptClient(Object json) {
        JsonElement element = json instanceof JsonElement e ? e : new Gson().toJsonTree(json);
        formatting = SettingsJson.formatting(element, message -> warn("settings: " + message));
        return setClient(read(element));
    }
}

package io.dangol.crm.importing.web;

import io.dangol.crm.importing.ImportFile;
import io.dangol.crm.web.PageNotFound;
import io.dangol.crm.importing.ImportRuns;
import io.dangol.crm.importing.RecordKind;
import io.dangol.crm.importing.TextEncoding;
import io.dangol.crm.importing.TransactionsFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.dangol.crm.shared.SpreadsheetFile;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.web.AccessTrail;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's Import page: upload a file, pick its kind (or let the header tell) and encoding (or let the bytes
 * tell), then the report — rows read, inserted, updated, unchanged, rejected — with the rejected rows, also as a
 * CSV file to download, correct and import again.
 */
@Controller
class ImportController {

    static final String PAGE = "importing/import";
    static final String REPORT = "importing/report";
    static final String GUIDE = "importing/guide";
    static final int SHOWN = 200;

    private final ImportFile importing;
    private final ImportRuns imports;
    private final MessageSource messages;
    private final Executor background;
    private final AccessTrail accessTrail;
    /** The two columns a rejected-rows file adds, in either language: left out when such a file is rejected again. */
    private final Set<String> rejectedFileColumns;

    /** @param background where imports run, one at a time, while the page shows their progress */
    ImportController(ImportFile importing, ImportRuns imports, MessageSource messages,
                     @Qualifier("importExecutor") Executor background, AccessTrail accessTrail) {
        this.accessTrail = accessTrail;
        this.importing = importing;
        this.imports = imports;
        this.messages = messages;
        this.background = background;
        this.rejectedFileColumns = Stream.of(Locale.KOREAN, Locale.ENGLISH)
                .flatMap(language -> Stream.of("import.rejectedFile.line", "import.rejectedFile.reason")
                        .map(key -> messages.getMessage(key, null, language)))
                .collect(Collectors.toUnmodifiableSet());
    }

    @GetMapping("/admin/import")
    String showImport(Model model) {
        model.addAttribute("runs", imports.latest(30));
        model.addAttribute("maxMegabytes", importing.maxBytes() / (1024 * 1024));
        model.addAttribute("kinds", Stream.concat(Stream.of("orders"),
                Arrays.stream(RecordKind.values()).map(RecordKind::code)).toList());
        model.addAttribute("columns", KindColumns.all());
        return PAGE;
    }

    /** How to import, served by the app itself: files, values, each kind's columns, what happens to each row. */
    @GetMapping("/admin/import/guide")
    String showGuide(Model model) {
        model.addAttribute("maxMegabytes", importing.maxBytes() / (1024 * 1024));
        model.addAttribute("columns", KindColumns.all());
        return GUIDE;
    }

    @PostMapping("/admin/import")
    String upload(@RequestParam(value = "file", required = false) MultipartFile file,
                  @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String source,
                  @RequestParam(defaultValue = "") String encoding, Principal principal, RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            redirect.addFlashAttribute("problem", "import.refused.noFile");
            return "redirect:/admin/import";
        }
        if (file.isEmpty()) {
            redirect.addFlashAttribute("problem", "import.refused.empty");
            return "redirect:/admin/import";
        }
        Path temporary = Files.createTempFile("dangol-import-", ".csv");
        file.transferTo(temporary);
        String name = Optional.ofNullable(file.getOriginalFilename()).map(n -> Path.of(n).getFileName().toString())
                .orElse("upload.csv");
        String user = principal.getName();
        CompletableFuture<Long> started = new CompletableFuture<>();
        background.execute(() -> {
            try {
                importing.handle(new ImportFile.Command(temporary, name, kind, source, user, TextEncoding.parse(encoding),
                        Map.of()), started::complete);
            } catch (IOException | RuntimeException e) {
                started.completeExceptionally(e);
            } finally {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        });
        try {
            return "redirect:/admin/import/" + started.get(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the import started", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the import could not start: " + e.getMessage(), e);
        }
    }

    /** A kind's columns for the page: name, Korean name, whether every row needs it. */
    record KindColumns(String kind, List<Column> columns) {
        record Column(String name, String koreanName, boolean required) {
        }

        static List<KindColumns> all() {
            List<KindColumns> all = new ArrayList<>();
            List<Column> transactions = TransactionsFile.KOREAN_NAMES.entrySet().stream()
                    .map(name -> new Column(name.getKey(), name.getValue(), TransactionsFile.REQUIRED.contains(name.getKey())))
                    .toList();
            all.add(new KindColumns("transactions", transactions));
            for (RecordKind kind : RecordKind.values()) {
                all.add(new KindColumns(kind.code(), kind.fields().stream()
                        .map(field -> new Column(field.name(), field.koreanName(), field.required())).toList()));
            }
            return all;
        }
    }

    /** An empty file of the kind to fill in: its header (Korean names for a Korean page), UTF-8 with a BOM for Excel. */
    @GetMapping("/admin/import/templates/{kind}.csv")
    ResponseEntity<byte[]> template(@PathVariable String kind, Locale locale) {
        KindColumns columns = KindColumns.all().stream().filter(k -> k.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new PageNotFound("import"));
        boolean korean = Locale.KOREAN.getLanguage().equals(locale.getLanguage());
        String header = columns.columns().stream().map(c -> korean ? c.koreanName() : c.name())
                .collect(Collectors.joining(",")) + "\r\n";
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(kind + ".csv").build().toString())
                .body(("\uFEFF" + header).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/admin/import/{id}")
    String showReport(@PathVariable long id, Model model, Principal principal, HttpServletRequest request) {
        model.addAttribute("run", imports.find(id).orElseThrow(() -> new PageNotFound("import")));
        var rejections = imports.rejections(id, SHOWN);
        model.addAttribute("rejections", rejections);
        if (!rejections.isEmpty()) {
            // raw rows as the file had them (names, phones) of no customer on record
            accessTrail.many(request, principal.getName(), AccessAction.VIEW, "import " + id + " report: " + rejections.size()
                    + " rejected rows shown");
        }
        return REPORT;
    }

    /**
     * The rejected rows as a file a person fixes in Excel and imports again: the file's own columns as read, each row's
     * cells where they were, and at the end the row's line and why it was rejected (columns no kind reads, so the
     * fixed file imports as the first did). A run without a file header (the API) gives line, reason, value and row.
     */
    @GetMapping("/admin/import/{id}/rejected.csv")
    ResponseEntity<StreamingResponseBody> rejected(@PathVariable long id, @RequestParam(name = "reason", defaultValue = "") String downloadReason,
                                                   Locale locale, Principal principal, HttpServletRequest request) {
        imports.find(id).orElseThrow(() -> new PageNotFound("import"));
        accessTrail.many(request, principal.getName(), AccessAction.EXPORT, "import " + id + " rejected rows file", downloadReason);
        String line = messages.getMessage("import.rejectedFile.line", null, locale);
        String reason = messages.getMessage("import.rejectedFile.reason", null, locale);
        List<String> ours = List.of(line, reason);
        List<String> header = imports.header(id);
        List<Integer> kept = IntStream.range(0, header.size()).filter(i -> !rejectedFileColumns.contains(header.get(i)))
                .boxed().toList();
        StreamingResponseBody body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            // every cell guarded, the reason too: a rejected value quoted in it may start with '='
            SpreadsheetFile file = SpreadsheetFile.on(writer, true);
            if (header.isEmpty()) {
                file.row(line, reason, messages.getMessage("import.rejectedFile.value", null, locale),
                        messages.getMessage("import.rejectedFile.row", null, locale));
            } else {
                file.row(Stream.concat(kept.stream().map(header::get), ours.stream()).toList());
            }
            imports.forEachRejection(id, rejection -> {
                String why = messages.getMessage(rejection.reason(), new Object[] {rejection.detail()}, rejection.reason(), locale);
                try {
                    if (header.isEmpty()) {
                        file.row(rejection.line(), why, rejection.detail(), rejection.raw());
                    } else {
                        List<String> cells = rejection.cells();
                        List<Object> row = new ArrayList<>(kept.size() + 2);
                        for (int i : kept) {
                            row.add(i < cells.size() ? cells.get(i) : "");
                        }
                        row.add(rejection.line());
                        row.add(why);
                        file.row(row);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            file.flush();
            writer.flush();
        };
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("import-" + id + "-rejected.csv").build().toString())
                .body(body);
    }
}

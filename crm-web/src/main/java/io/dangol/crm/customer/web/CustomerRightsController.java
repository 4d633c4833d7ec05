package io.dangol.crm.customer.web;

import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.customer.CustomerData;
import io.dangol.crm.customer.CustomerFile;
import io.dangol.crm.customer.CustomerFiles;
import io.dangol.crm.customer.EraseCustomer;
import io.dangol.crm.customer.ErasureReason;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.CustomerNotFound;
import io.dangol.crm.web.AccessTrail;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import io.dangol.crm.shared.SpreadsheetFile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The customer's rights: everything held about them as one zip of JSON and CSV (ADMIN, SERVICE: right of access and
 * portability), and erasure (ADMIN: a reason and the customer's number typed again). Both are written to the access
 * log naming the customer.
 */
@Controller
class CustomerRightsController {

    static final String ERASE = "customer/erase";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final CustomerData.Source data;
    private final CustomerFiles files;
    private final EraseCustomer erase;
    private final AccessTrail accessTrail;

    CustomerRightsController(CustomerData.Source data, CustomerFiles files, EraseCustomer erase, AccessTrail accessTrail) {
        this.data = data;
        this.files = files;
        this.erase = erase;
        this.accessTrail = accessTrail;
    }

    @GetMapping("/customers/{id}/export")
    void export(@PathVariable long id, @RequestParam(defaultValue = "the customer's request (right of access)") String reason,
                Principal principal, HttpServletRequest request, HttpServletResponse response) throws IOException {
        CustomerData everything = data.everything(CustomerId.requested(id)).orElseThrow(() -> new CustomerNotFound(CustomerId.requested(id)));
        accessTrail.customers(request, principal.getName(), List.of(id), AccessAction.EXPORT, "everything held about the customer", reason);
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"customer-" + id + ".zip\"");
        try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream(), StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("customer-" + id + ".json"));
            zip.write(JSON.writeValueAsBytes(Map.of("customer", id, "tables", everything.tables())));
            zip.closeEntry();
            for (Map.Entry<String, List<Map<String, Object>>> table : everything.tables().entrySet()) {
                zip.putNextEntry(new ZipEntry("csv/" + table.getKey() + ".csv"));
                Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                SpreadsheetFile csv = SpreadsheetFile.on(writer, true); // Excel opens UTF-8 with a byte-order mark as UTF-8
                Set<String> columns = new LinkedHashSet<>();
                table.getValue().forEach(row -> columns.addAll(row.keySet()));
                csv.row(columns);
                for (Map<String, Object> row : table.getValue()) {
                    List<Object> cells = new ArrayList<>();
                    columns.forEach(column -> cells.add(row.get(column) instanceof Number number ? number
                            : row.get(column) == null ? "" : String.valueOf(row.get(column))));
                    csv.row(cells);
                }
                csv.flush();
                writer.flush();
                zip.closeEntry();
            }
        }
    }

    @GetMapping("/admin/customers/{id}/erase")
    String confirm(@PathVariable long id, Model model, Principal principal, HttpServletRequest request) {
        CustomerFile file = files.open(CustomerId.requested(id)).orElseThrow(() -> new CustomerNotFound(CustomerId.requested(id)));
        model.addAttribute("file", file);
        model.addAttribute("reasons", ErasureReason.values());
        accessTrail.customer(request, principal.getName(), id, AccessAction.VIEW, "erasure confirmation");
        return ERASE;
    }

    @PostMapping("/admin/customers/{id}/erase")
    String erase(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
                 @RequestParam(defaultValue = "") String confirmation, Principal principal, HttpServletRequest request,
                 Model model, RedirectAttributes redirect) {
        EraseCustomer.Outcome outcome = erase.handle(new EraseCustomer.Command(CustomerId.requested(id), reason, confirmation,
                principal.getName()));
        if (outcome == EraseCustomer.Outcome.ERASED) {
            accessTrail.customer(request, principal.getName(), id, AccessAction.EDIT, "erased (" + reason + ")");
            redirect.addFlashAttribute("notice", "erase.done");
            return "redirect:/customers";
        }
        if (outcome == EraseCustomer.Outcome.UNKNOWN_CUSTOMER) {
            throw new CustomerNotFound(CustomerId.requested(id));
        }
        model.addAttribute("problem", "erase.refused." + outcome);
        model.addAttribute("chosen", reason);
        return confirm(id, model, principal, request);
    }
}

package io.dangol.crm.campaign.web;

import io.dangol.crm.web.AccessTrail;
import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.campaign.CampaignExport;
import io.dangol.crm.campaign.CampaignExports;
import io.dangol.crm.campaign.CampaignFile;
import io.dangol.crm.campaign.CampaignRequest;
import io.dangol.crm.segment.InvalidSegmentFilter;
import io.dangol.crm.campaign.CampaignSettings;
import io.dangol.crm.campaign.CampaignSettingsStore;
import io.dangol.crm.segment.SegmentFilter;
import io.dangol.crm.shared.Codes;
import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Campaign lists: a segment exported for a channel and purpose. Only customers with a current consent for both
 * are exported (there is no switch to turn that off), the frequency cap leaves out the recently touched, and the
 * export is recorded and touches each exported customer. The file is streamed from the database.
 */
@Controller
class CampaignsController {

    static final String LIST = "campaign/campaigns";
    static final String ONE = "campaign/campaign";
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final CampaignExports exports;
    private final CampaignSettingsStore settings;
    private final AccessTrail accessTrail;
    private final Clock clock;

    CampaignsController(CampaignExports exports, CampaignSettingsStore settings, AccessTrail accessTrail, Clock clock) {
        this.exports = exports;
        this.settings = settings;
        this.accessTrail = accessTrail;
        this.clock = clock;
    }

    @GetMapping("/campaigns")
    String showCampaigns(Model model) {
        model.addAttribute("exports", exports.latest(100));
        model.addAttribute("settings", settings.current());
        model.addAttribute("minCap", CampaignSettings.MIN_CAP);
        model.addAttribute("maxCap", CampaignSettings.MAX_CAP);
        return LIST;
    }

    @GetMapping("/campaigns/{id}")
    String showCampaign(@PathVariable long id, Model model) {
        model.addAttribute("export", exports.find(id).orElseThrow(CampaignNotFound::new));
        return ONE;
    }

    @PostMapping("/campaigns")
    String export(@RequestParam MultiValueMap<String, String> parameters, @RequestParam(defaultValue = "") String channel,
                  @RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(defaultValue = "") String segmentName, @RequestParam(defaultValue = "") String back,
                  Principal principal, HttpServletRequest request, RedirectAttributes redirect) {
        String returnTo = back.startsWith("/segments") && !back.startsWith("//") ? back : "/segments";
        SegmentFilter filter;
        try {
            filter = SegmentFilter.fromParameters(parameters);
        } catch (InvalidSegmentFilter e) {
            redirect.addFlashAttribute("filterError", e.field());
            redirect.addFlashAttribute("filterErrorValue", e.value());
            return "redirect:" + returnTo;
        }
        Optional<ConsentChannel> viaChannel = Codes.parse(ConsentChannel.class, channel);
        Optional<ConsentPurpose> forPurpose = Codes.parse(ConsentPurpose.class, purpose);
        String problem = viaChannel.isEmpty() ? "campaigns.error.channel"
                : forPurpose.isEmpty() ? "campaigns.error.purpose"
                : reason.isBlank() || reason.strip().length() > CampaignRequest.MAX_REASON ? "campaigns.error.reason" : null;
        if (problem != null) {
            redirect.addFlashAttribute("exportError", problem);
            redirect.addFlashAttribute("exportReason", reason);
            return "redirect:" + returnTo;
        }
        CampaignExport export = exports.record(new CampaignRequest(filter, segmentName, viaChannel.get(), forPurpose.get(),
                reason, principal.getName()), settings.current().campaignCapPer30Days(), clock.instant());
        accessTrail.many(request, principal.getName(), AccessAction.EXPORT, "campaign export " + export.id() + " prepared: " + export.exported() + " customers");
        return "redirect:/campaigns/" + export.id();
    }

    @GetMapping("/campaigns/{id}/file")
    ResponseEntity<StreamingResponseBody> download(@PathVariable long id, Principal principal, HttpServletRequest request) {
        CampaignExport export = exports.find(id).orElseThrow(CampaignNotFound::new);
        accessTrail.many(request, principal.getName(), AccessAction.EXPORT, "campaign export " + id + " downloaded: " + export.exported() + " customers");
        String fileName = "campaign-" + id + "-" + export.channel().name().toLowerCase() + "-"
                + FILE_DATE.format(export.at().atZone(clock.getZone())) + ".csv";
        StreamingResponseBody body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            try (CampaignFile file = CampaignFile.start(writer, export)) {
                exports.forEachRow(id, file::add);
            }
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    @PostMapping("/admin/campaign-cap")
    String changeCap(@RequestParam(defaultValue = "") String cap, Principal principal, RedirectAttributes redirect) {
        try {
            settings.save(new CampaignSettings(Integer.parseInt(cap.strip())), principal.getName());
            redirect.addFlashAttribute("notice", "campaigns.capSaved");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("capError", "campaigns.error.cap");
        }
        return "redirect:/campaigns";
    }

    @ExceptionHandler(CampaignNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    /** An export id that does not exist. */
    static final class CampaignNotFound extends RuntimeException {
        CampaignNotFound() {
            super("no such campaign export");
        }
    }
}

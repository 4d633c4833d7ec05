package io.dangol.crm.campaign.web;

import io.dangol.crm.shared.BusinessZone;
import io.dangol.crm.web.PageNotFound;
import io.dangol.crm.web.AccessTrail;
import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.campaign.CampaignExport;
import io.dangol.crm.campaign.CampaignExports;
import io.dangol.crm.campaign.CampaignFile;
import io.dangol.crm.campaign.CampaignHeadings;
import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.campaign.CampaignOutcomes;
import io.dangol.crm.campaign.CampaignResult;
import io.dangol.crm.campaign.ChangeEvidenceRules;
import io.dangol.crm.campaign.ChangeFrequencyCap;
import io.dangol.crm.campaign.ControlGroup;
import io.dangol.crm.campaign.ReadCampaignResults;
import io.dangol.crm.campaign.ChoosePhoneFormat;
import io.dangol.crm.campaign.ExportCampaign;
import io.dangol.crm.campaign.PhoneFormat;
import io.dangol.crm.segment.InvalidSegmentFilter;
import io.dangol.crm.campaign.CampaignSettings;
import io.dangol.crm.campaign.CurrentCampaignSettings;
import io.dangol.crm.segment.SegmentFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Campaign lists: a segment exported for a channel and purpose ({@link ExportCampaign} owns the rules: consent,
 * frequency cap, fatigue, reason, control group), the export's page, its file streamed from the database, and its
 * results against the control group ({@link ReadCampaignResults}).
 */
@Controller
class CampaignsController {

    static final String LIST = "campaign/campaigns";
    static final String ONE = "campaign/campaign";
    static final String RESULTS = "campaign/results";
    static final List<Integer> WINDOWS = List.of(30, 60, 90);
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final CampaignExports exports;
    private final CurrentCampaignSettings settings;
    private final ExportCampaign exportCampaign;
    private final ChangeFrequencyCap changeCap;
    private final ChoosePhoneFormat choosePhoneFormat;
    private final ChangeEvidenceRules changeEvidenceRules;
    private final ReadCampaignResults results;
    private final CampaignOutcomes outcomes;
    private final AccessTrail accessTrail;
    private final BusinessZone zone;
    private final MessageSource messages;

    CampaignsController(CampaignExports exports, CurrentCampaignSettings settings, ExportCampaign exportCampaign,
                        ChangeFrequencyCap changeCap, ChoosePhoneFormat choosePhoneFormat,
                        ChangeEvidenceRules changeEvidenceRules, ReadCampaignResults results, CampaignOutcomes outcomes,
                        AccessTrail accessTrail, BusinessZone zone, MessageSource messages) {
        this.exports = exports;
        this.settings = settings;
        this.exportCampaign = exportCampaign;
        this.changeCap = changeCap;
        this.choosePhoneFormat = choosePhoneFormat;
        this.changeEvidenceRules = changeEvidenceRules;
        this.results = results;
        this.outcomes = outcomes;
        this.accessTrail = accessTrail;
        this.zone = zone;
        this.messages = messages;
    }

    @GetMapping("/campaigns")
    String showCampaigns(Model model) {
        List<CampaignExport> latest = exports.latest(100);
        model.addAttribute("exports", latest);
        model.addAttribute("headlines", outcomes.headlines(latest.stream().map(CampaignExport::id).toList()));
        model.addAttribute("settings", settings.current());
        model.addAttribute("minCap", CampaignSettings.MIN_CAP);
        model.addAttribute("maxCap", CampaignSettings.MAX_CAP);
        model.addAttribute("phoneFormats", PhoneFormat.values());
        model.addAttribute("maxControlPercent", ControlGroup.MAX_PERCENT);
        model.addAttribute("maxFatigueDays", CampaignSettings.MAX_FATIGUE_DAYS);
        model.addAttribute("maxFatigueLimit", CampaignSettings.MAX_FATIGUE_LIMIT);
        return LIST;
    }

    /**
     * What the campaign did: per group and per segment and stage, over 30, 60, 90 or any number of days after the
     * export (1 to 365; anything else is read as 30). Figures only — no customer is named on the page.
     */
    @GetMapping("/campaigns/{id}/results")
    String showResults(@PathVariable long id, @RequestParam(defaultValue = "30") String days, Model model) {
        int window;
        try {
            window = Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            window = ReadCampaignResults.HEADLINE_DAYS;
            model.addAttribute("windowError", days);
        }
        if (window < 1 || window > ReadCampaignResults.MAX_WINDOW_DAYS) {
            model.addAttribute("windowError", days);
            window = ReadCampaignResults.HEADLINE_DAYS;
        }
        CampaignResult result = results.handle(id, window).orElseThrow(() -> new PageNotFound("campaign export"));
        model.addAttribute("result", result);
        model.addAttribute("windows", WINDOWS);
        model.addAttribute("maxWindow", ReadCampaignResults.MAX_WINDOW_DAYS);
        model.addAttribute("fatigueDays", settings.current().fatigueDays());
        return RESULTS;
    }

    @GetMapping("/campaigns/{id}")
    String showCampaign(@PathVariable long id, Model model) {
        model.addAttribute("export", exports.find(id).orElseThrow(() -> new PageNotFound("campaign export")));
        return ONE;
    }

    @PostMapping("/campaigns")
    String export(@RequestParam MultiValueMap<String, String> parameters, @RequestParam(defaultValue = "") String channel,
                  @RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(defaultValue = "") String segmentName, @RequestParam(defaultValue = "") String back,
                  @RequestParam(defaultValue = "") String controlPercent, @RequestParam(defaultValue = "") String costPerContact,
                  Principal principal, HttpServletRequest request, RedirectAttributes redirect) {
        String returnTo = back.startsWith("/segments") && !back.startsWith("//") ? back : "/segments";
        SegmentFilter filter;
        try {
            filter = SegmentFilter.fromParameters(parameters);
        } catch (InvalidSegmentFilter e) {
            redirect.addFlashAttribute("filterError", e.field());
            redirect.addFlashAttribute("filterErrorValue", e.value());
            redirect.addFlashAttribute("filterErrors", e.problems());
            return "redirect:" + returnTo;
        }
        ExportCampaign.Result result = exportCampaign.handle(new ExportCampaign.Command(filter, segmentName, channel,
                purpose, reason, principal.getName(), controlPercent, costPerContact));
        if (result.problem().isPresent()) {
            redirect.addFlashAttribute("exportError", result.problem().get());
            redirect.addFlashAttribute("exportReason", reason);
            redirect.addFlashAttribute("exportControlPercent", controlPercent);
            redirect.addFlashAttribute("exportCostPerContact", costPerContact);
            return "redirect:" + returnTo;
        }
        CampaignExport export = result.export().orElseThrow();
        accessTrail.many(request, principal.getName(), AccessAction.EXPORT, "campaign export " + export.id() + " prepared: " + export.exported() + " customers");
        return "redirect:/campaigns/" + export.id();
    }

    /**
     * The file: header and codes in the downloader's language ({@code 고객번호,이름,단계…}, {@code 식별 고객}), or as
     * codes with {@code ?codes=true} for a sending system that reads them; phones as the settings say
     * ({@code 010-1234-5678} or digits only).
     */
    @GetMapping("/campaigns/{id}/file")
    ResponseEntity<StreamingResponseBody> download(@PathVariable long id, @RequestParam(defaultValue = "false") boolean codes,
                                                   Principal principal, HttpServletRequest request, Locale locale) {
        CampaignExport export = exports.find(id).orElseThrow(() -> new PageNotFound("campaign export"));
        AccessTrail.Download trail = accessTrail.download(request, principal.getName(), "campaign export " + id + " file",
                export.reason());
        String fileName = "campaign-" + id + "-" + export.channel().name().toLowerCase() + "-"
                + FILE_DATE.format(export.at().atZone(zone.zone())) + ".csv";
        PhoneFormat phoneFormat = settings.current().phoneFormat();
        StreamingResponseBody body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            try (CampaignFile file = CampaignFile.start(writer, export, codes ? CampaignHeadings.CODES : headings(locale),
                    phoneFormat)) {
                exports.forEachRow(id, row -> {
                    file.add(row);
                    trail.add(row.customerId());
                });
            } finally {
                trail.close();
            }
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    /** The file's words in the downloader's language, from the same messages the pages use. */
    private CampaignHeadings headings(Locale locale) {
        return new CampaignHeadings() {
            @Override
            public List<String> header() {
                return Stream.of("customerId", "name", "stage", "segment", "channel", "address")
                        .map(column -> messages.getMessage("campaigns.file." + column, null, locale)).toList();
            }

            @Override
            public String stage(LadderStage stage) {
                return messages.getMessage("stage." + stage.name(), null, stage.name(), locale);
            }

            @Override
            public String segment(String code) {
                return messages.getMessage("segment." + code, null, code, locale);
            }

            @Override
            public String channel(ConsentChannel channel) {
                return messages.getMessage("consentChannel." + channel.name(), null, channel.name(), locale);
            }
        };
    }

    @PostMapping("/admin/campaign-cap")
    String changeCap(@RequestParam(defaultValue = "") String cap, Principal principal, RedirectAttributes redirect) {
        if (changeCap.handle(new ChangeFrequencyCap.Command(cap, principal.getName()))) {
            redirect.addFlashAttribute("notice", "campaigns.capSaved");
        } else {
            redirect.addFlashAttribute("capError", "campaigns.error.cap");
        }
        return "redirect:/campaigns";
    }

    @PostMapping("/admin/campaign-evidence")
    String changeEvidenceRules(@RequestParam(defaultValue = "") String controlPercent,
                               @RequestParam(defaultValue = "") String fatigueDays,
                               @RequestParam(defaultValue = "") String fatigueLimit,
                               @RequestParam(defaultValue = "false") boolean excludeFatigued,
                               Principal principal, RedirectAttributes redirect) {
        if (changeEvidenceRules.handle(new ChangeEvidenceRules.Command(controlPercent, fatigueDays, fatigueLimit,
                excludeFatigued, principal.getName()))) {
            redirect.addFlashAttribute("notice", "campaigns.evidenceSaved");
        } else {
            redirect.addFlashAttribute("evidenceError", "campaigns.error.evidence");
        }
        return "redirect:/campaigns";
    }

    @PostMapping("/admin/campaign-phone-format")
    String choosePhoneFormat(@RequestParam(defaultValue = "") String phoneFormat, Principal principal, RedirectAttributes redirect) {
        if (choosePhoneFormat.handle(new ChoosePhoneFormat.Command(phoneFormat, principal.getName()))) {
            redirect.addFlashAttribute("notice", "campaigns.phoneFormatSaved");
        } else {
            redirect.addFlashAttribute("phoneFormatError", "campaigns.error.phoneFormat");
        }
        return "redirect:/campaigns";
    }
}

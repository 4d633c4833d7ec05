package io.dangol.crm.scoring.web;

import io.dangol.crm.scoring.ScoringSettings;
import io.dangol.crm.scoring.ScoringSettingsStore;
import io.dangol.crm.scoring.clv.ModelPeriod;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin page "Scoring settings": every threshold of scoring and the ladder, validated before it is stored. */
@Controller
@RequestMapping("/admin/scoring/settings")
class ScoringSettingsController {

    static final String VIEW = "scoring/scoringSettings";

    private final ScoringSettingsStore store;

    ScoringSettingsController(ScoringSettingsStore store) {
        this.store = store;
    }

    @ModelAttribute("periods")
    ModelPeriod[] periods() {
        return ModelPeriod.values();
    }

    @GetMapping
    String initForm(Model model) {
        model.addAttribute("settings", ScoringSettingsForm.from(store.current()));
        return VIEW;
    }

    @PostMapping
    String processForm(@Valid @ModelAttribute("settings") ScoringSettingsForm form, BindingResult result,
                       Principal principal, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("scheduleCron") && !CronExpression.isValidExpression(form.getScheduleCron().strip())) {
            result.rejectValue("scheduleCron", "scoring.settings.scheduleCron.invalid");
        }
        if (result.hasErrors()) {
            return VIEW;
        }
        ScoringSettings settings = form.toSettings();
        if (!settings.problems().isEmpty()) {
            settings.problems().forEach(problem -> result.reject(problem));
            return VIEW;
        }
        store.save(settings, principal.getName());
        redirect.addFlashAttribute("message", "scoring.settings.saved");
        return "redirect:/admin/scoring/settings";
    }
}

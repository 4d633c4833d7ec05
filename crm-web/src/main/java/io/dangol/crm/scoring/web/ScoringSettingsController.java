package io.dangol.crm.scoring.web;

import io.dangol.crm.scoring.ChangeScoringSettings;
import io.dangol.crm.scoring.CurrentScoringSettings;
import java.util.List;
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

    private final CurrentScoringSettings settings;
    private final ChangeScoringSettings change;

    ScoringSettingsController(CurrentScoringSettings settings, ChangeScoringSettings change) {
        this.settings = settings;
        this.change = change;
    }

    @ModelAttribute("periods")
    ModelPeriod[] periods() {
        return ModelPeriod.values();
    }

    @ModelAttribute("purchaseModels")
    io.dangol.crm.scoring.clv.PurchaseModel[] purchaseModels() {
        return io.dangol.crm.scoring.clv.PurchaseModel.values();
    }

    @GetMapping
    String initForm(Model model) {
        model.addAttribute("settings", ScoringSettingsForm.from(settings.current()));
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
        List<String> problems = change.handle(form.toSettings(), principal.getName());
        if (!problems.isEmpty()) {
            problems.forEach(result::reject);
            return VIEW;
        }
        redirect.addFlashAttribute("message", "scoring.settings.saved");
        return "redirect:/admin/scoring/settings";
    }
}

package io.dangol.crm.overview.web;

import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.overview.BusinessFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the ladder, orders, revenue of the last 30 days, and the last import. */
@Controller
class HomeController {

    static final String VIEW = "overview/home";

    private final BusinessFigures figures;

    HomeController(BusinessFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/")
    String showHome(Model model) {
        model.addAttribute("overview", figures.overview());
        model.addAttribute("stages", LadderStage.values());
        return VIEW;
    }
}

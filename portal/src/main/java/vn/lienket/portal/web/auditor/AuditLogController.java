package vn.lienket.portal.web.auditor;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lienket.audit.AuditChain;
import vn.lienket.audit.AuditEntry;

/** {@code /audit/log?before=…}: the audit log, newest first, a page at a time (read-only). */
@Controller
public class AuditLogController {

    static final int PAGE = 100;

    private final AuditChain chain;

    public AuditLogController(AuditChain chain) {
        this.chain = chain;
    }

    @GetMapping("/audit/log")
    public String log(@RequestParam(required = false) Long before, Model model) {
        List<AuditEntry> entries = chain.newestFirst(Optional.ofNullable(before), PAGE);
        model.addAttribute("entries", entries);
        model.addAttribute("older", entries.size() == PAGE ? entries.get(entries.size() - 1).position() : null);
        return "audit/log";
    }
}

package vn.lienket.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.lienket.domain.ProvinceId;
import vn.lienket.portal.access.PortalRole;
import vn.lienket.portal.users.NewUser;
import vn.lienket.portal.users.PortalUsers;

/**
 * One portal account per role for trying {@code lienket serve} on the demo data: Lâm Đồng's
 * department (P34:68, which sees the history of the three provinces merged into it), a leader of the
 * HCMC – Tây Nguyên programme, an auditor and an operator. Each gets a random password, printed once;
 * no password is written anywhere in the repository. Running the demo again leaves existing accounts
 * as they are (their passwords were printed the first time; {@code lienket users} manages them).
 */
final class DemoAccounts {

    static final List<NewUser> ACCOUNTS = List.of(
            NewUser.submitter("lamdong", ProvinceId.parse("P34:68")),
            new NewUser("lanhdao-tn", PortalRole.LEADER, Optional.empty(), Set.of("HCMC_TN"), Set.of()),
            NewUser.of("kiemtoan", PortalRole.AUDITOR),
            NewUser.of("vanhanh", PortalRole.OPERATOR));

    private DemoAccounts() {
    }

    /** The accounts created by this call with their passwords; accounts that already existed are left out. */
    static List<PortalUsers.CreatedUser> create(PortalUsers users) {
        List<PortalUsers.CreatedUser> created = new ArrayList<>();
        for (NewUser account : ACCOUNTS) {
            if (users.find(account.username()).isEmpty()) {
                created.add(users.addWithRandomPassword(account));
            }
        }
        return created;
    }
}

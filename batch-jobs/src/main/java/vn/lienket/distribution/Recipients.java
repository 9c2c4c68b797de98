package vn.lienket.distribution;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienket.domain.ProvinceId;
import vn.lienket.intake.reference.WarehouseCheckContexts;
import vn.lienket.workbook.reference.Province;

/** The distribution lists, kept in the {@code recipient} table. */
@Repository
public class Recipients {

    private static final String SELECT = """
            SELECT r.recipient_id, r.email, r.display_name, g.code AS programme, p.era_code, p.code AS province
            FROM recipient r
            LEFT JOIN dim_programme g ON g.programme_key = r.programme_key
            LEFT JOIN dim_province p ON p.province_key = r.province_key
            """;

    private final JdbcClient jdbc;
    private final WarehouseCheckContexts reference;

    public Recipients(JdbcClient jdbc, WarehouseCheckContexts reference) {
        this.jdbc = jdbc;
        this.reference = reference;
    }

    /**
     * Puts an address on a list; false when it was already there.
     *
     * @throws IllegalArgumentException when the list names no known programme or province
     */
    public boolean add(DistributionList list, String email, Optional<String> displayName) {
        Integer programmeKey = null;
        Integer provinceKey = null;
        if (list instanceof DistributionList.Programme programme) {
            programmeKey = jdbc.sql("SELECT programme_key FROM dim_programme WHERE code = :code")
                    .param("code", programme.code()).query(Integer.class).optional()
                    .orElseThrow(() -> new IllegalArgumentException("no programme " + programme.code()));
        } else if (list instanceof DistributionList.Province province) {
            provinceKey = reference.provinces().key(province.province())
                    .orElseThrow(() -> new IllegalArgumentException("no province " + province.province()));
        }
        if (!email.trim().matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("not an e-mail address: " + email);
        }
        return jdbc.sql("""
                        INSERT INTO recipient (email, display_name, programme_key, province_key)
                        VALUES (:email, :name, :programme, :province) ON CONFLICT DO NOTHING""")
                .param("email", email.trim()).param("name", displayName.orElse(null))
                .param("programme", programmeKey).param("province", provinceKey)
                .update() == 1;
    }

    /** Takes an address off a list; false when it was not on it. */
    public boolean remove(DistributionList list, String email) {
        return list(Optional.of(list)).stream()
                .filter(recipient -> recipient.email().equalsIgnoreCase(email.trim()))
                .mapToInt(recipient -> jdbc.sql("DELETE FROM recipient WHERE recipient_id = :id")
                        .param("id", recipient.id()).update())
                .sum() > 0;
    }

    public List<Recipient> list(Optional<DistributionList> list) {
        return jdbc.sql(SELECT + " ORDER BY g.code NULLS LAST, p.era_code, p.code, lower(r.email)")
                .query((row, n) -> new Recipient(row.getLong("recipient_id"),
                        row.getString("programme") != null
                                ? new DistributionList.Programme(row.getString("programme"))
                                : new DistributionList.Province(new ProvinceId(row.getString("era_code"), row.getString("province"))),
                        row.getString("email"), Optional.ofNullable(row.getString("display_name"))))
                .list().stream()
                .filter(recipient -> list.map(wanted -> wanted.equals(recipient.list())).orElse(true))
                .toList();
    }

    public List<String> emails(DistributionList list) {
        return list(Optional.of(list)).stream().map(Recipient::email).toList();
    }

    /** The province's Vietnamese name for mail texts, its id when the warehouse does not know it. */
    public String provinceName(ProvinceId province) {
        return reference.provinces().find(province).map(Province::name).orElse(province.toString());
    }

    public record Recipient(long id, DistributionList list, String email, Optional<String> displayName) {
    }
}

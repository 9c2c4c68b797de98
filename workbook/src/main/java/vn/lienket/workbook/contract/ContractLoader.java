package vn.lienket.workbook.contract;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import vn.lienket.workbook.report.Severity;

/**
 * Reads one contract YAML (see {@code contract/workbook-contract-v1.yaml}) into records; {@link WorkbookContracts}
 * holds every released version. Every key must be one the contract knows: a misspelt key ({@code requried: true})
 * would otherwise silently drop the rule it was meant to state.
 * <p>
 * The YAML is parsed by SnakeYAML Engine into nodes and bound here by hand, key by key, rather than by Jackson's
 * databind: {@code lienket check} reads the contract at every start, and Jackson built its record deserialisers
 * through method handles whose classes Java 17's class archive does not keep, which cost that command more than
 * the reading. {@code ContractLoaderBindingTest} holds this binding to Jackson's of every released version.
 */
public final class ContractLoader {

    private static final Set<String> FILE_KEYS = Set.of("version", "effective_from", "number_convention_default",
            "ignored_sheets", "plausibility", "enumerations", "sheets");
    private static final Set<String> PLAUSIBILITY_KEYS = Set.of("capital_change_factor");
    private static final Set<String> ENUM_KEYS = Set.of("code", "vi", "en", "synonyms");
    private static final Set<String> SHEET_KEYS = Set.of("key", "name", "synonyms", "layout", "title_vi", "columns",
            "unique_key", "duplicate_code", "rules");
    private static final Set<String> COLUMN_KEYS = Set.of("field", "vi", "en", "synonyms", "type", "required", "ignored",
            "min", "max", "enumeration", "date_rule", "summable", "codes", "width", "max_length");
    private static final Set<String> RULE_KEYS = Set.of("code", "severity", "left", "right", "anchor");

    private ContractLoader() {
    }

    /**
     * @param source the file's name, for the message when the YAML is not a contract
     * @throws InvalidContractException naming the file and the key or value it could not take
     */
    public static WorkbookContract load(InputStream yaml, String source) {
        ContractFile file = bind(yaml, source);
        Map<String, List<EnumValue>> enumerations = new LinkedHashMap<>();
        orEmpty(file.enumerations()).forEach((name, values) ->
                enumerations.put(name, orEmpty(values).stream().map(ContractLoader::enumValue).toList()));
        return new WorkbookContract(
                file.version(),
                requireEffectiveFrom(file, source),
                file.numberConventionDefault(),
                orEmpty(file.ignoredSheets()),
                file.plausibility() == null ? null : file.plausibility().capitalChangeFactor(),
                enumerations,
                orEmpty(file.sheets()).stream().map(ContractLoader::sheet).toList());
    }

    /** The YAML as written, every key checked. */
    static ContractFile bind(InputStream yaml, String source) {
        try {
            Node root = new Compose(LoadSettings.builder().setLabel(source).build()).composeInputStream(yaml)
                    .orElseThrow(() -> new InvalidContractException(source + ": the file is empty", null));
            return new Binder(source).contractFile(root);
        } catch (YamlEngineException e) {
            throw new InvalidContractException(source + ": " + e.getMessage(), e);
        }
    }

    /** A version without the day it took effect could not be told from the next one. */
    private static LocalDate requireEffectiveFrom(ContractFile file, String source) {
        if (file.effectiveFrom() == null) {
            throw new InvalidContractException(source + ": no 'effective_from' (the day version " + file.version()
                    + " took effect, 2027-01-01)", null);
        }
        return file.effectiveFrom();
    }

    private static EnumValue enumValue(EnumNode node) {
        return new EnumValue(node.code(), node.vi(), node.en(), orEmpty(node.synonyms()));
    }

    private static SheetContract sheet(SheetNode node) {
        return new SheetContract(
                node.key(),
                node.name(),
                orEmpty(node.synonyms()),
                Layout.valueOf(upper(node.layout())),
                node.titleVi(),
                orEmpty(node.columns()).stream().map(ContractLoader::column).toList(),
                orEmpty(node.uniqueKey()),
                node.duplicateCode(),
                orEmpty(node.rules()).stream().map(ContractLoader::rule).toList());
    }

    private static ColumnContract column(ColumnNode node) {
        return new ColumnContract(
                node.field(),
                node.vi(),
                node.en(),
                orEmpty(node.synonyms()),
                ColumnType.valueOf(upper(node.type())),
                Boolean.TRUE.equals(node.required()),
                Boolean.TRUE.equals(node.ignored()),
                node.min(),
                node.max(),
                node.enumeration(),
                node.dateRule() == null ? DateRule.NONE : DateRule.valueOf(upper(node.dateRule())),
                Boolean.TRUE.equals(node.summable()),
                orEmpty(node.codes()),
                node.width() == null ? 0 : node.width(),
                node.maxLength() == null ? 0 : node.maxLength());
    }

    private static CrossFieldRule rule(RuleNode node) {
        List<String> left = orEmpty(node.left());
        String anchor = node.anchor() == null ? left.get(0) : node.anchor();
        return new CrossFieldRule(node.code(), Severity.valueOf(upper(node.severity())), left, node.right(), anchor);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private static String upper(String value) {
        return value.toUpperCase(Locale.ROOT);
    }

    /** The YAML as written: every key the contract format has, and no other. */
    record ContractFile(String version, LocalDate effectiveFrom, String numberConventionDefault, List<String> ignoredSheets,
                                Plausibility plausibility, Map<String, List<EnumNode>> enumerations, List<SheetNode> sheets) {
    }

    record Plausibility(BigDecimal capitalChangeFactor) {
    }

    record EnumNode(String code, String vi, String en, List<String> synonyms) {
    }

    record SheetNode(String key, String name, List<String> synonyms, String layout, String titleVi,
                             List<ColumnNode> columns, List<String> uniqueKey, String duplicateCode, List<RuleNode> rules) {
    }

    record ColumnNode(String field, String vi, String en, List<String> synonyms, String type, Boolean required,
                              Boolean ignored, BigDecimal min, BigDecimal max, String enumeration, String dateRule,
                              Boolean summable, Map<String, String> codes, Integer width, Integer maxLength) {
    }

    record RuleNode(String code, String severity, List<String> left, String right, String anchor) {
    }

    /** Nodes into the records above: each mapping's keys checked against the record's, each scalar converted. */
    private record Binder(String source) {

        ContractFile contractFile(Node node) {
            Map<String, Node> keys = mapping(node, FILE_KEYS);
            Map<String, List<EnumNode>> enumerations = null;
            if (present(keys.get("enumerations"))) {
                enumerations = new LinkedHashMap<>();
                for (Map.Entry<String, Node> entry : mapping(keys.get("enumerations"), null).entrySet()) {
                    enumerations.put(entry.getKey(), list(entry.getValue(), this::enumNode));
                }
            }
            Node plausibility = keys.get("plausibility");
            return new ContractFile(text(keys.get("version")), date(keys.get("effective_from")),
                    text(keys.get("number_convention_default")), texts(keys.get("ignored_sheets")),
                    present(plausibility) ? new Plausibility(decimal(mapping(plausibility, PLAUSIBILITY_KEYS).get("capital_change_factor"))) : null,
                    enumerations, list(keys.get("sheets"), this::sheetNode));
        }

        private EnumNode enumNode(Node node) {
            Map<String, Node> keys = mapping(node, ENUM_KEYS);
            return new EnumNode(text(keys.get("code")), text(keys.get("vi")), text(keys.get("en")), texts(keys.get("synonyms")));
        }

        private SheetNode sheetNode(Node node) {
            Map<String, Node> keys = mapping(node, SHEET_KEYS);
            return new SheetNode(text(keys.get("key")), text(keys.get("name")), texts(keys.get("synonyms")),
                    text(keys.get("layout")), text(keys.get("title_vi")), list(keys.get("columns"), this::columnNode),
                    texts(keys.get("unique_key")), text(keys.get("duplicate_code")), list(keys.get("rules"), this::ruleNode));
        }

        private ColumnNode columnNode(Node node) {
            Map<String, Node> keys = mapping(node, COLUMN_KEYS);
            Map<String, String> codes = null;
            if (present(keys.get("codes"))) {
                codes = new LinkedHashMap<>();
                for (Map.Entry<String, Node> entry : mapping(keys.get("codes"), null).entrySet()) {
                    codes.put(entry.getKey(), text(entry.getValue()));
                }
            }
            return new ColumnNode(text(keys.get("field")), text(keys.get("vi")), text(keys.get("en")), texts(keys.get("synonyms")),
                    text(keys.get("type")), bool(keys.get("required")), bool(keys.get("ignored")), decimal(keys.get("min")),
                    decimal(keys.get("max")), text(keys.get("enumeration")), text(keys.get("date_rule")),
                    bool(keys.get("summable")), codes, integer(keys.get("width")), integer(keys.get("max_length")));
        }

        private RuleNode ruleNode(Node node) {
            Map<String, Node> keys = mapping(node, RULE_KEYS);
            return new RuleNode(text(keys.get("code")), text(keys.get("severity")), texts(keys.get("left")),
                    text(keys.get("right")), text(keys.get("anchor")));
        }

        /** The mapping's values by key, in the file's order; {@code known} null for a mapping whose keys are names (enumerations, codes). */
        private Map<String, Node> mapping(Node node, Set<String> known) {
            if (!(node instanceof MappingNode mapping)) {
                throw invalid(node, "expected keys and values");
            }
            Map<String, Node> values = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = text(tuple.getKeyNode());
                if (known != null && !known.contains(key)) {
                    throw invalid(tuple.getKeyNode(), "unknown key '" + key + "' (known here: "
                            + String.join(", ", new TreeSet<>(known)) + ")");
                }
                values.put(key, tuple.getValueNode());
            }
            return values;
        }

        private <T> List<T> list(Node node, Function<Node, T> element) {
            if (!present(node)) {
                return null;
            }
            if (!(node instanceof SequenceNode sequence)) {
                throw invalid(node, "expected a list");
            }
            List<T> elements = new ArrayList<>(sequence.getValue().size());
            for (Node item : sequence.getValue()) {
                elements.add(element.apply(item));
            }
            return elements;
        }

        private List<String> texts(Node node) {
            return list(node, this::text);
        }

        /** A scalar's text as written ({@code 3}, {@code "3"} and {@code '3'} alike), null for YAML's null. */
        private String text(Node node) {
            if (!present(node)) {
                return null;
            }
            if (!(node instanceof ScalarNode scalar)) {
                throw invalid(node, "expected a single value");
            }
            return scalar.getValue();
        }

        private Boolean bool(Node node) {
            String text = text(node);
            if (text == null) {
                return null;
            }
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw invalid(node, "expected true or false, not '" + text + "'");
            };
        }

        private BigDecimal decimal(Node node) {
            String text = text(node);
            try {
                return text == null ? null : new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw invalid(node, "expected a number, not '" + text + "'");
            }
        }

        private Integer integer(Node node) {
            String text = text(node);
            try {
                return text == null ? null : Integer.valueOf(text);
            } catch (NumberFormatException e) {
                throw invalid(node, "expected a whole number, not '" + text + "'");
            }
        }

        private LocalDate date(Node node) {
            String text = text(node);
            try {
                return text == null ? null : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw invalid(node, "expected a date (2027-01-01), not '" + text + "'");
            }
        }

        /** Absent, or YAML's null ({@code ~}, {@code null} or nothing after the colon). */
        private static boolean present(Node node) {
            return node != null && !Tag.NULL.equals(node.getTag());
        }

        private InvalidContractException invalid(Node node, String problem) {
            String line = node.getStartMark().map(mark -> ", line " + (mark.getLine() + 1)).orElse("");
            return new InvalidContractException(source + line + ": " + problem, null);
        }
    }

    /** The contract file is not one this build can read: a deployment fault, named with its file and key. */
    public static class InvalidContractException extends IllegalStateException {
        InvalidContractException(String message, Throwable cause) {
            super("Workbook contract " + message, cause);
        }
    }
}

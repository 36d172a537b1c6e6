package dev.kernlint.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The knowledge base: rules/*.drl compiled to the executable model at build time (fast to load), plus any user
 * DRL given with --rules, compiled at run time into a second KieBase. Refuses to exist with zero rules: an
 * empty KieBase would pass every host.
 */
public final class RuleBook {
    /** Written by kie-maven-plugin: the first line is the model version, then one generated Model class per line. */
    static final String MODEL_INDEX = "META-INF/kie/dev.kernlint/kernlint/drools-model";

    private final List<KieBase> kieBases;
    private final Map<String, RuleInfo> rules;

    private RuleBook(List<KieBase> kieBases, Map<String, RuleInfo> rules) {
        this.kieBases = kieBases;
        this.rules = rules;
    }

    /** The built-in rules alone, loaded once per process: a KieBase is immutable and shared by its sessions. */
    private static RuleBook builtIn;

    public static RuleBook load(Path userRules) {
        if (userRules == null) {
            synchronized (RuleBook.class) {
                if (builtIn == null) {
                    builtIn = build(builtInModels(RuleBook.class.getClassLoader()), null);
                }
                return builtIn;
            }
        }
        return build(builtInModels(RuleBook.class.getClassLoader()), userRules);
    }

    /** The knowledge base of these compiled models (and user rules); split from {@link #load} so a test can give none. */
    static RuleBook build(List<Model> models, Path userRules) {
        List<KieBase> bases = new ArrayList<>();
        bases.add(KieBaseBuilder.createKieBaseFromModel(models));
        if (userRules != null) {
            bases.add(UserRules.compile(userRules));
        }
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (KieBase kb : bases) {
            for (KiePackage p : kb.getKiePackages()) {
                for (Rule r : p.getRules()) {
                    RuleInfo info = RuleMetadata.read(r);
                    rules.merge(info.id(), info, RuleMetadata::richer);
                }
            }
        }
        if (rules.isEmpty()) {
            throw new RuleBookException("the knowledge base has no rules: the jar was built without its compiled rule model");
        }
        List<RuleInfo> sorted = new ArrayList<>(rules.values());
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        sorted.forEach(r -> byId.put(r.id(), r));
        return new RuleBook(bases, Collections.unmodifiableMap(byId));
    }

    static List<Model> builtInModels(ClassLoader cl) {
        return builtInModels(cl, HOST_PACKAGE);
    }

    /** DRL package of the host rules (rules/*.drl) and of the fleet rules (rules/fleet/*.drl): one model index holds both. */
    static final String HOST_PACKAGE = "rules";
    static final String FLEET_PACKAGE = "fleet";

    private static RuleBook fleet;

    /**
     * The fleet rules (consensus, outliers), loaded once per process into their own KieBase: they judge the
     * per-host summaries of a whole fleet in one session and never see a host's facts.
     */
    public static RuleBook fleet() {
        synchronized (RuleBook.class) {
            if (fleet == null) {
                fleet = build(builtInModels(RuleBook.class.getClassLoader(), FLEET_PACKAGE), null);
            }
            return fleet;
        }
    }

    static List<Model> builtInModels(ClassLoader cl, String pkg) {
        List<Model> models = new ArrayList<>();
        try (InputStream in = cl.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new RuleBookException("no compiled rules in the jar (" + MODEL_INDEX + " missing): rebuild with mvn package");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\\R")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("Drools-Model-Version") || !name.startsWith(pkg + ".")) {
                    continue;
                }
                models.add((Model) Class.forName(name, true, cl).getDeclaredConstructor().newInstance());
            }
        } catch (IOException | ReflectiveOperationException e) {
            throw new RuleBookException("cannot load the compiled rules: " + e);
        }
        if (models.isEmpty()) {
            throw new RuleBookException("the compiled rule model lists no rule classes");
        }
        return models;
    }

    public List<KieBase> kieBases() {
        return kieBases;
    }

    public Map<String, RuleInfo> rules() {
        return rules;
    }

    public RuleInfo rule(String id) {
        return rules.get(id);
    }
}

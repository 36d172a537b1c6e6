package dev.kernlint.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/** A user's own DRL files (--rules DIR), compiled at run time; they see the same facts and the same "findings" global. */
final class UserRules {
    private UserRules() {}

    static KieBase compile(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RuleBookException("--rules " + dir + ": not a directory");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new RuleBookException("--rules " + dir + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new RuleBookException("--rules " + dir + ": no .drl files there");
        }
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (Path f : files) {
            try {
                kb.add(ResourceFactory.newByteArrayResource(Files.readAllBytes(f)).setSourcePath(f.toString()), ResourceType.DRL);
            } catch (IOException e) {
                throw new RuleBookException(f + ": " + e.getMessage());
            }
            if (kb.hasErrors()) {
                String first = kb.getErrors().iterator().next().toString().replace('\n', ' ').strip();
                throw new RuleBookException(f + ": " + first);
            }
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(kb.getKnowledgePackages());
        return base;
    }
}

package org.greenplan.audit.web;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The audit entity kinds and actions the main sources record, read from their syntax trees (the JDK's own
 * parser, no compilation): the first argument of every {@code new AuditSubject(…)} / {@code AuditSubject.of(…)},
 * the action of every {@code record}/{@code recordChanges} call on an {@code AuditTrail} field, and the action of
 * every {@code new AuditLine(…)}. An argument is followed through string constants ({@code ENTITY}, also
 * {@code Other.ENTITY}), {@code ? :} branches, local variables and the parameters of a helper method (to every
 * call of it in the same file). An expression it cannot follow is reported as unresolved with its file and line,
 * unless the caller knows what it records ({@code computed}).
 */
final class AuditCodesInCode {
    /** What was found: entity kinds and actions, and the expressions that could not be followed. */
    record Found(Set<String> entities, Set<String> actions, List<String> unresolved) {}

    private final Map<String, Set<String>> computed;
    private final Map<String, String> qualifiedConstants = new HashMap<>();
    private final Set<String> entities = new TreeSet<>();
    private final Set<String> actions = new TreeSet<>();
    private final List<String> unresolved = new ArrayList<>();
    private Trees trees;

    /** @param computed what an expression no constant names records, by its source text ({@code kind + "_X"}) */
    private AuditCodesInCode(Map<String, Set<String>> computed) {
        this.computed = computed;
    }

    static Found scan(Path sources, Map<String, Set<String>> computed) {
        AuditCodesInCode scanner = new AuditCodesInCode(computed);
        scanner.run(sources);
        return new Found(Set.copyOf(scanner.entities), Set.copyOf(scanner.actions), List.copyOf(scanner.unresolved));
    }

    private void run(Path sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
                Stream<Path> walk = Files.walk(sources)) {
            // the trail's own package defines AuditSubject and records nothing of its own
            Path trail = sources.resolve("org/greenplan/audit");
            List<File> java = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getParent().equals(trail))
                    .map(Path::toFile)
                    .toList();
            JavacTask task = (JavacTask) javac.getTask(
                    null, files, null, List.of("-proc:none"), null, files.getJavaFileObjectsFromFiles(java));
            trees = Trees.instance(task);
            List<CompilationUnitTree> units = new ArrayList<>();
            task.parse().forEach(units::add);
            units.forEach(this::collectConstants);
            units.forEach(unit -> new Calls(unit).scan(unit, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records {@code static final String NAME = "…"} of every class as {@code Class.NAME}. */
    private void collectConstants(CompilationUnitTree unit) {
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitVariable(VariableTree variable, Void unused) {
                if (variable.getInitializer() instanceof LiteralTree literal
                        && literal.getValue() instanceof String s) {
                    Tree owner = getCurrentPath().getParentPath().getLeaf();
                    if (owner instanceof com.sun.source.tree.ClassTree type) {
                        qualifiedConstants.put(type.getSimpleName() + "." + variable.getName(), s);
                    }
                }
                return super.visitVariable(variable, unused);
            }
        }.scan(unit, null);
    }

    /** Finds the audit calls of one file and follows their arguments. */
    private final class Calls extends TreePathScanner<Void, Void> {
        private final CompilationUnitTree unit;
        private final Set<String> trailFields = new HashSet<>();
        private final Map<String, String> constants = new HashMap<>();

        Calls(CompilationUnitTree unit) {
            this.unit = unit;
            new TreePathScanner<Void, Void>() {
                @Override
                public Void visitVariable(VariableTree variable, Void unused) {
                    if (variable.getType() != null
                            && variable.getType().toString().endsWith("AuditTrail")) {
                        trailFields.add(variable.getName().toString());
                    }
                    if (variable.getInitializer() instanceof LiteralTree literal
                            && literal.getValue() instanceof String s) {
                        constants.put(variable.getName().toString(), s);
                    }
                    return super.visitVariable(variable, unused);
                }
            }.scan(unit, null);
        }

        @Override
        public Void visitNewClass(NewClassTree call, Void unused) {
            String type = call.getIdentifier().toString();
            if (type.endsWith("AuditSubject") && !call.getArguments().isEmpty()) {
                entities.addAll(resolve(argument(call.getArguments(), 0), 0));
            } else if (type.endsWith("AuditLine") && call.getArguments().size() > 4) {
                actions.addAll(resolve(argument(call.getArguments(), 4), 0));
            }
            return super.visitNewClass(call, unused);
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
            if (call.getMethodSelect() instanceof MemberSelectTree select) {
                String name = select.getIdentifier().toString();
                String receiver = select.getExpression().toString().replaceFirst("^this\\.", "");
                if (name.equals("of")
                        && receiver.endsWith("AuditSubject")
                        && !call.getArguments().isEmpty()) {
                    entities.addAll(resolve(argument(call.getArguments(), 0), 0));
                } else if ((name.equals("record") || name.equals("recordChanges"))
                        && trailFields.contains(receiver)
                        && call.getArguments().size() > 1) {
                    actions.addAll(resolve(argument(call.getArguments(), 1), 0));
                }
            }
            return super.visitMethodInvocation(call, unused);
        }

        private TreePath argument(List<? extends ExpressionTree> arguments, int index) {
            return new TreePath(getCurrentPath(), arguments.get(index));
        }

        /** @return the strings an expression can be; reports it as unresolved when it cannot be followed */
        private Set<String> resolve(TreePath path, int depth) {
            Tree tree = path.getLeaf();
            if (tree instanceof LiteralTree literal && literal.getValue() instanceof String s) {
                return Set.of(s);
            }
            if (tree instanceof ParenthesizedTree parenthesized) {
                return resolve(new TreePath(path, parenthesized.getExpression()), depth);
            }
            if (tree instanceof ConditionalExpressionTree conditional) {
                Set<String> both =
                        new LinkedHashSet<>(resolve(new TreePath(path, conditional.getTrueExpression()), depth));
                both.addAll(resolve(new TreePath(path, conditional.getFalseExpression()), depth));
                return both;
            }
            if (tree instanceof MemberSelectTree select && qualifiedConstants.containsKey(select.toString())) {
                return Set.of(qualifiedConstants.get(select.toString()));
            }
            if (tree instanceof IdentifierTree identifier && depth < 4) {
                Optional<Set<String>> followed =
                        follow(path, identifier.getName().toString(), depth);
                if (followed.isPresent()) {
                    return followed.get();
                }
            }
            String source = tree.toString();
            if (computed.containsKey(source)) {
                return computed.get(source);
            }
            long line =
                    unit.getLineMap().getLineNumber(trees.getSourcePositions().getStartPosition(unit, tree));
            unresolved.add(Path.of(unit.getSourceFile().toUri()).getFileName() + ":" + line + " " + source);
            return Set.of();
        }

        /** A local variable's initializer, a parameter's argument at every call in the file, or a constant. */
        private Optional<Set<String>> follow(TreePath path, String name, int depth) {
            for (TreePath up = path; up != null; up = up.getParentPath()) {
                if (up.getLeaf() instanceof MethodTree method) {
                    Optional<Set<String>> local = local(up, method, name, depth);
                    if (local.isPresent()) {
                        return local;
                    }
                    int index = parameterIndex(method, name);
                    if (index >= 0) {
                        return Optional.of(fromCallers(method, index, depth)).filter(s -> !s.isEmpty());
                    }
                    break;
                }
            }
            return Optional.ofNullable(constants.get(name)).map(Set::of);
        }

        private Optional<Set<String>> local(TreePath methodPath, MethodTree method, String name, int depth) {
            List<TreePath> found = new ArrayList<>();
            new TreePathScanner<Void, Void>() {
                @Override
                public Void visitVariable(VariableTree variable, Void unused) {
                    if (variable.getName().contentEquals(name) && variable.getInitializer() != null) {
                        found.add(new TreePath(getCurrentPath(), variable.getInitializer()));
                    }
                    return super.visitVariable(variable, unused);
                }
            }.scan(methodPath, null);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Set<String> values = new LinkedHashSet<>();
            found.forEach(initializer -> values.addAll(resolve(initializer, depth + 1)));
            return Optional.of(values);
        }

        private int parameterIndex(MethodTree method, String name) {
            for (int i = 0; i < method.getParameters().size(); i++) {
                if (method.getParameters().get(i).getName().contentEquals(name)) {
                    return i;
                }
            }
            return -1;
        }

        private Set<String> fromCallers(MethodTree method, int index, int depth) {
            Set<String> values = new LinkedHashSet<>();
            int arity = method.getParameters().size();
            new TreePathScanner<Void, Void>() {
                @Override
                public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                    if (call.getMethodSelect() instanceof IdentifierTree callee
                            && callee.getName().contentEquals(method.getName())
                            && call.getArguments().size() == arity) {
                        values.addAll(resolve(
                                new TreePath(
                                        getCurrentPath(), call.getArguments().get(index)),
                                depth + 1));
                    }
                    return super.visitMethodInvocation(call, unused);
                }
            }.scan(unit, null);
            return values;
        }
    }
}

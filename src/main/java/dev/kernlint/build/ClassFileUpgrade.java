package dev.kernlint.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step, run on the shaded jar: rewrites the classes under a package prefix that are older than Java 6 (picocli
 * ships Java 5 class files) as Java 8 class files with stack map frames. The class-data archive (and JDK 25's
 * ahead-of-time cache) cannot hold a class older than Java 6, nor any class that implements one of its interfaces,
 * so every start paid to load and link picocli and kernlint's own command classes from the jar.
 * Usage: ClassFileUpgrade JAR PREFIX... (e.g. picocli/)
 */
public final class ClassFileUpgrade {
    private static final int JAVA_6 = 50;

    private ClassFileUpgrade() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ClassFileUpgrade JAR PREFIX...");
        }
        Path jar = Path.of(args[0]);
        Path out = jar.resolveSibling(jar.getFileName() + ".upgrading");
        int upgraded = 0;
        try (JarFile in = new JarFile(jar.toFile());
             java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null);
             OutputStream file = Files.newOutputStream(out);
             JarOutputStream to = new JarOutputStream(file)) {
            Enumeration<JarEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                byte[] bytes;
                try (InputStream s = in.getInputStream(e)) {
                    bytes = s.readAllBytes();
                }
                if (e.getName().endsWith(".class") && wanted(e.getName(), args) && major(bytes) < JAVA_6) {
                    bytes = upgrade(bytes, loader);
                    upgraded++;
                }
                JarEntry copy = new JarEntry(e.getName());
                copy.setTime(e.getTime());
                to.putNextEntry(copy);
                to.write(bytes);
                to.closeEntry();
            }
        }
        Files.move(out, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("ClassFileUpgrade: " + upgraded + " classes of " + String.join(", ", java.util.List.of(args).subList(1, args.length))
                + " rewritten as Java 8 class files in " + jar.getFileName());
    }

    private static boolean wanted(String name, String[] args) {
        for (int i = 1; i < args.length; i++) {
            if (name.startsWith(args[i])) {
                return true;
            }
        }
        return false;
    }

    private static int major(byte[] c) {
        return ((c[6] & 0xff) << 8) | (c[7] & 0xff);
    }

    private static byte[] upgrade(byte[] bytes, ClassLoader loader) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                // frames need the common super class of two types: the jar's own classes, and the JDK's
                return loader;
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}

package io.github.celonisnb.kernel.execution;

import java.util.HashSet;
import java.util.Set;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Adds {@link CellInterrupts#check()} calls to the class files JShell compiles from a cell: one at the
 * start of every method (so a lambda run by a library loop is checked on each call) and one before every
 * jump to an earlier instruction (so every loop is checked on each turn).
 *
 * <p>The call takes and leaves nothing on the operand stack and adds no jump target, so the method's
 * stack size and stack map frames stay valid as compiled.
 */
final class InterruptCheckWeaver {

    private static final String OWNER = CellInterrupts.class.getName().replace('.', '/');
    private static final String METHOD = "check";

    private InterruptCheckWeaver() {
    }

    /**
     * The class file with the checks woven in; the original bytes if it cannot be read (a class-file
     * version newer than this ASM knows), since a cell that runs unchecked beats one that does not run.
     */
    static byte[] weave(byte[] classFile) {
        try {
            ClassReader reader = new ClassReader(classFile);
            ClassWriter writer = new ClassWriter(reader, 0);
            reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
                    boolean hasCode = (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0;
                    // Constructors and static initialisers only get loop checks: a call before super()
                    // would be legal, but there is nothing to gain from it.
                    return next == null || !hasCode ? next : new CheckingMethod(next, !name.startsWith("<"));
                }
            }, 0);
            return writer.toByteArray();
        } catch (RuntimeException unreadable) {
            return classFile;
        }
    }

    /** Inserts the check at method entry and before backward jumps. */
    private static final class CheckingMethod extends MethodVisitor {
        private final Set<Label> seen = new HashSet<>();
        private final boolean checkOnEntry;

        CheckingMethod(MethodVisitor next, boolean checkOnEntry) {
            super(Opcodes.ASM9, next);
            this.checkOnEntry = checkOnEntry;
        }

        @Override
        public void visitCode() {
            super.visitCode();
            if (checkOnEntry) {
                check();
            }
        }

        @Override
        public void visitLabel(Label label) {
            seen.add(label);
            super.visitLabel(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label target) {
            if (seen.contains(target)) {
                check();
            }
            super.visitJumpInsn(opcode, target);
        }

        private void check() {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, OWNER, METHOD, "()V", false);
        }
    }
}

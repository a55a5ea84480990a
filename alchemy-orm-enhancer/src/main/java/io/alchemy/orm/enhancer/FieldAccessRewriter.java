package io.alchemy.orm.enhancer;

import java.util.Map;
import java.util.Set;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.field.FieldList;
import net.bytebuddy.description.method.MethodList;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.pool.TypePool;
import net.bytebuddy.utility.OpenedClassReader;

/**
 * Replaces each {@code GETFIELD}/{@code PUTFIELD} of a routed field (named through the class itself or through the
 * superclass declaring it), in every method of the class (constructors and
 * the synthetic methods of lambdas included, the generated accessors excluded), by a call of its generated accessor:
 * {@code getfield name} becomes {@code invokespecial $alchemy$get$name()} and {@code putfield name} becomes
 * {@code invokespecial $alchemy$set$name(value)}. Both take and leave the same operand stack, so nothing else in
 * the method changes. The assignment of a {@code final} field (a relationship collection the ORM changes in place,
 * assigned only by its constructor) is left as written: it has no generated writer.
 */
final class FieldAccessRewriter extends AsmVisitorWrapper.AbstractBase {
    private final String owner;
    /** Routed field name → internal name of the class declaring it (the class itself, or a superclass). */
    private final Map<String, String> fields;

    FieldAccessRewriter(TypeDescription type, Map<String, String> fields) {
        this.owner = type.getInternalName();
        this.fields = fields;
    }

    @Override
    public ClassVisitor wrap(TypeDescription instrumentedType, ClassVisitor classVisitor,
            Implementation.Context implementationContext, TypePool typePool,
            FieldList<FieldDescription.InDefinedShape> declaredFields, MethodList<?> declaredMethods,
            int writerFlags, int readerFlags) {
        Set<String> finals = declaredFields.stream().filter(FieldDescription::isFinal).map(FieldDescription::getName)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        return new ClassVisitor(OpenedClassReader.ASM_API, classVisitor) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
                return method == null || name.startsWith("$alchemy$") ? method : new Rewriting(method, finals);
            }
        };
    }

    private final class Rewriting extends MethodVisitor {
        private final Set<String> finals;

        Rewriting(MethodVisitor delegate, Set<String> finals) {
            super(OpenedClassReader.ASM_API, delegate);
            this.finals = finals;
        }

        @Override
        public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
            String declaring = fields.get(name);
            if (declaring != null && (fieldOwner.equals(owner) || fieldOwner.equals(declaring))) {
                if (opcode == Opcodes.GETFIELD) {
                    super.visitMethodInsn(Opcodes.INVOKESPECIAL, owner, EnhancedFields.reader(name), "()" + descriptor, false);
                    return;
                }
                if (opcode == Opcodes.PUTFIELD && !finals.contains(name)) {
                    super.visitMethodInsn(Opcodes.INVOKESPECIAL, owner, EnhancedFields.writer(name),
                            "(" + descriptor + ")V", false);
                    return;
                }
            }
            super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
        }
    }
}

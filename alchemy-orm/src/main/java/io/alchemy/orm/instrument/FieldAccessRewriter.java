package io.alchemy.orm.instrument;

import java.util.Set;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.pool.TypePool;
import net.bytebuddy.utility.OpenedClassReader;

/**
 * Replaces each {@code GETFIELD}/{@code PUTFIELD} of a routed field, in the class's own methods and constructors,
 * by a call of its generated accessor: {@code getfield name} becomes {@code invokespecial $alchemy$get$name()} and
 * {@code putfield name} becomes {@code invokespecial $alchemy$set$name(value)}. Both take and leave the same operand
 * stack, so nothing else in the method changes.
 */
final class FieldAccessRewriter implements AsmVisitorWrapper.ForDeclaredMethods.MethodVisitorWrapper {
    private final String owner;
    private final Set<String> fields;

    FieldAccessRewriter(TypeDescription type, Set<String> fields) {
        this.owner = type.getInternalName();
        this.fields = fields;
    }

    @Override
    public MethodVisitor wrap(TypeDescription instrumentedType, MethodDescription instrumentedMethod,
            MethodVisitor methodVisitor, Implementation.Context implementationContext, TypePool typePool,
            int writerFlags, int readerFlags) {
        return new MethodVisitor(OpenedClassReader.ASM_API, methodVisitor) {
            @Override
            public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
                if (fieldOwner.equals(owner) && fields.contains(name)) {
                    if (opcode == Opcodes.GETFIELD) {
                        super.visitMethodInsn(Opcodes.INVOKESPECIAL, owner, EnhancedFields.reader(name),
                                "()" + descriptor, false);
                        return;
                    }
                    if (opcode == Opcodes.PUTFIELD) {
                        super.visitMethodInsn(Opcodes.INVOKESPECIAL, owner, EnhancedFields.writer(name),
                                "(" + descriptor + ")V", false);
                        return;
                    }
                }
                super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
            }
        };
    }
}

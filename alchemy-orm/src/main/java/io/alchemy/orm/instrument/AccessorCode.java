package io.alchemy.orm.instrument;

import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.dynamic.scaffold.InstrumentedType;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.ByteCodeAppender;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * The body of a generated field accessor. The reader is {@code InstanceState.onRead(state, "name"); return name;},
 * the writer {@code InstanceState.onWrite(state, "name", value); name = value;}; both are straight-line code, so no
 * stack map frame is needed.
 */
final class AccessorCode implements Implementation, ByteCodeAppender {
    private static final String HOOKS = EnhancedFields.STATE_TYPE;

    private final FieldDescription field;
    private final boolean write;

    private AccessorCode(FieldDescription field, boolean write) {
        this.field = field;
        this.write = write;
    }

    static AccessorCode reader(FieldDescription field) {
        return new AccessorCode(field, false);
    }

    static AccessorCode writer(FieldDescription field) {
        return new AccessorCode(field, true);
    }

    @Override
    public InstrumentedType prepare(InstrumentedType instrumentedType) {
        return instrumentedType;
    }

    @Override
    public ByteCodeAppender appender(Target implementationTarget) {
        return this;
    }

    @Override
    public Size apply(MethodVisitor code, Context context, MethodDescription method) {
        String owner = field.getDeclaringType().asErasure().getInternalName();
        String descriptor = field.getDescriptor();
        Type type = Type.getType(descriptor);
        code.visitVarInsn(Opcodes.ALOAD, 0);
        code.visitFieldInsn(Opcodes.GETFIELD, owner, EnhancedFields.STATE_FIELD, EnhancedFields.STATE_DESCRIPTOR);
        code.visitLdcInsn(field.getName());
        if (write) {
            code.visitVarInsn(type.getOpcode(Opcodes.ILOAD), 1);
            box(code, type);
            code.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, "onWrite",
                    "(" + EnhancedFields.STATE_DESCRIPTOR + "Ljava/lang/String;Ljava/lang/Object;)V", false);
            code.visitVarInsn(Opcodes.ALOAD, 0);
            code.visitVarInsn(type.getOpcode(Opcodes.ILOAD), 1);
            code.visitFieldInsn(Opcodes.PUTFIELD, owner, field.getName(), descriptor);
            code.visitInsn(Opcodes.RETURN);
        } else {
            code.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, "onRead",
                    "(" + EnhancedFields.STATE_DESCRIPTOR + "Ljava/lang/String;)V", false);
            code.visitVarInsn(Opcodes.ALOAD, 0);
            code.visitFieldInsn(Opcodes.GETFIELD, owner, field.getName(), descriptor);
            code.visitInsn(type.getOpcode(Opcodes.IRETURN));
        }
        return new Size(4, method.getStackSize());
    }

    private static void box(MethodVisitor code, Type type) {
        String wrapper = switch (type.getSort()) {
            case Type.BOOLEAN -> "java/lang/Boolean";
            case Type.BYTE -> "java/lang/Byte";
            case Type.CHAR -> "java/lang/Character";
            case Type.SHORT -> "java/lang/Short";
            case Type.INT -> "java/lang/Integer";
            case Type.LONG -> "java/lang/Long";
            case Type.FLOAT -> "java/lang/Float";
            case Type.DOUBLE -> "java/lang/Double";
            default -> null;
        };
        if (wrapper != null) {
            code.visitMethodInsn(Opcodes.INVOKESTATIC, wrapper, "valueOf",
                    "(" + type.getDescriptor() + ")L" + wrapper + ";", false);
        }
    }
}

package io.alchemy.orm.enhancer;

import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.dynamic.scaffold.InstrumentedType;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.ByteCodeAppender;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * The body of a generated field accessor. The reader is {@code InstanceState.onRead(this, state, "name"); return name;},
 * the writer {@code InstanceState.onWrite(this, state, "name", value); name = value;}; straight-line code, so
 * no stack map frame is needed. The object is passed as well as its state, which is null until a Session sees it.
 * A relationship field's accessors let the hook choose the value instead: the reader is
 * {@code return (T) InstanceState.onGet(this, state, "name", name);} (it may load the relationship or give an empty
 * collection) and the writer {@code name = (T) InstanceState.onSet(this, state, "name", value);} (it may wrap a
 * collection so that its changes are seen, and keeps the other side of a {@code backPopulates} pair in sync).
 */
final class AccessorCode implements Implementation, ByteCodeAppender {
    private static final String HOOKS = RuntimeNames.INSTANCE_STATE_INTERNAL;

    private final FieldDescription field;
    private final boolean write;
    private final boolean relationship;
    private final boolean inheritedState;

    private AccessorCode(FieldDescription field, boolean write, boolean relationship, boolean inheritedState) {
        this.field = field;
        this.write = write;
        this.relationship = relationship;
        this.inheritedState = inheritedState;
    }

    /** The reader; {@code inheritedState}: the state field is a superclass's, read through {@code $alchemy$state()}. */
    static AccessorCode reader(FieldDescription field, boolean relationship, boolean inheritedState) {
        return new AccessorCode(field, false, relationship, inheritedState);
    }

    /** The writer; {@code inheritedState} as for {@link #reader}. */
    static AccessorCode writer(FieldDescription field, boolean relationship, boolean inheritedState) {
        return new AccessorCode(field, true, relationship, inheritedState);
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
        if (relationship && write) {
            code.visitVarInsn(Opcodes.ALOAD, 0);
        }
        code.visitVarInsn(Opcodes.ALOAD, 0);
        code.visitVarInsn(Opcodes.ALOAD, 0);
        if (inheritedState) {
            code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, method.getDeclaringType().asErasure().getInternalName(),
                    RuntimeNames.STATE, "()" + RuntimeNames.INSTANCE_STATE_DESCRIPTOR, false);
        } else {
            code.visitFieldInsn(Opcodes.GETFIELD, owner, RuntimeNames.STATE, RuntimeNames.INSTANCE_STATE_DESCRIPTOR);
        }
        code.visitLdcInsn(field.getName());
        if (relationship) {
            return relationship(code, owner, descriptor, method);
        }
        if (write) {
            code.visitVarInsn(type.getOpcode(Opcodes.ILOAD), 1);
            box(code, type);
            code.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, RuntimeNames.ON_WRITE, RuntimeNames.ON_WRITE_DESCRIPTOR,
                    false);
            code.visitVarInsn(Opcodes.ALOAD, 0);
            code.visitVarInsn(type.getOpcode(Opcodes.ILOAD), 1);
            code.visitFieldInsn(Opcodes.PUTFIELD, owner, field.getName(), descriptor);
            code.visitInsn(Opcodes.RETURN);
        } else {
            code.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, RuntimeNames.ON_READ, RuntimeNames.ON_READ_DESCRIPTOR, false);
            code.visitVarInsn(Opcodes.ALOAD, 0);
            code.visitFieldInsn(Opcodes.GETFIELD, owner, field.getName(), descriptor);
            code.visitInsn(type.getOpcode(Opcodes.IRETURN));
        }
        return new Size(5, method.getStackSize());
    }

    /** The accessors of a relationship field (an object type): the hook returns the value to give or to store. */
    private Size relationship(MethodVisitor code, String owner, String descriptor, MethodDescription method) {
        String hook = RuntimeNames.RELATIONSHIP_HOOK_DESCRIPTOR;
        String cast = Type.getType(descriptor).getInternalName();
        if (write) {
            code.visitVarInsn(Opcodes.ALOAD, 1);
            code.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, RuntimeNames.ON_SET, hook, false);
            code.visitTypeInsn(Opcodes.CHECKCAST, cast);
            code.visitFieldInsn(Opcodes.PUTFIELD, owner, field.getName(), descriptor);
            code.visitInsn(Opcodes.RETURN);
        } else {
            code.visitVarInsn(Opcodes.ALOAD, 0);
            code.visitFieldInsn(Opcodes.GETFIELD, owner, field.getName(), descriptor);
            code.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, RuntimeNames.ON_GET, hook, false);
            code.visitTypeInsn(Opcodes.CHECKCAST, cast);
            code.visitInsn(Opcodes.ARETURN);
        }
        return new Size(6, method.getStackSize());
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

package io.github.celonisnb.kernel.host;

import java.lang.reflect.Field;

/**
 * Reads and replaces private fields of a host kernel's classes. Host kernels (IJava, JJava) load their
 * classes on the class path, in the unnamed module, so no {@code --add-opens} is needed.
 */
public final class HostFields {

    private HostFields() {
    }

    /** The value of {@code owner}'s field {@code name}, declared on its class or a superclass. */
    public static Object read(Object owner, String name) throws ReflectiveOperationException {
        return field(owner.getClass(), name).get(owner);
    }

    /** Sets {@code owner}'s field {@code name}, final or not. */
    public static void write(Object owner, String name, Object value) throws ReflectiveOperationException {
        field(owner.getClass(), name).set(owner, value);
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(type.getName() + " has no field '" + name + "'");
    }
}

package io.github.celonisnb.kernel.host;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.celonisnb.magics.credentials.CredentialResolver;
import io.github.celonisnb.magics.credentials.Environment;
import io.github.celonisnb.magics.ems.EmsLogin;
import io.github.celonisnb.magics.ems.LoginOptions;
import io.github.celonisnb.magics.magic.LoginMagic;
import io.github.celonisnb.magics.magic.LogoutMagic;
import io.github.celonisnb.magics.magic.MagicOutput;
import io.github.celonisnb.magics.magic.RedactMagic;
import io.github.celonisnb.magics.secrets.SecretRegistry;

/**
 * The Celonis magics as a host kernel (IJava, JJava) receives them: plain functions of their arguments,
 * writing through a {@link MagicOutput} and returning nothing, since those hosts drop a line magic's
 * return value. Every key they load goes into one registry for this JVM, which the host's output is
 * redacted against.
 */
public final class HostMagics {

    private static final SecretRegistry SECRETS = new SecretRegistry();

    private HostMagics() {
    }

    /** A line magic: its arguments in, output written, nothing returned. */
    @FunctionalInterface
    public interface LineMagicBody {
        void run(List<String> args) throws Exception;
    }

    /** The secrets every host output of this JVM is redacted against. */
    public static SecretRegistry secrets() {
        return SECRETS;
    }

    /**
     * The magics by name, in the order they are listed.
     *
     * @param out where their output goes: the host's cell streams and display
     */
    public static Map<String, LineMagicBody> create(MagicOutput out) {
        CredentialResolver resolver = new CredentialResolver(Environment.system(), Path.of(System.getProperty("user.home")));
        // A host kernel's JShell is not ours to define variables in: login says how to get the session.
        LoginMagic login = new LoginMagic(resolver, c -> EmsLogin.login(c, LoginOptions.defaults()), SECRETS,
                variable -> false, out, Clock.systemDefaultZone());
        RedactMagic redact = new RedactMagic(SECRETS, Environment.system(), out);
        LogoutMagic logout = new LogoutMagic(out);
        Map<String, LineMagicBody> magics = new LinkedHashMap<>();
        magics.put("celonis_login", login::run);
        magics.put("celonis_logout", logout::run);
        magics.put("celonis_redact", redact::run);
        return magics;
    }
}

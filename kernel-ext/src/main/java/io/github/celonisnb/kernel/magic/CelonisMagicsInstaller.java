package io.github.celonisnb.kernel.magic;

import java.nio.file.Path;

import java.time.Clock;

import io.github.celonisnb.kernel.CelonisKernel;
import io.github.celonisnb.kernel.host.BasekernelMagicOutput;
import io.github.celonisnb.magics.credentials.CredentialResolver;
import io.github.celonisnb.magics.credentials.Environment;
import io.github.celonisnb.magics.credentials.LocalSecrets;
import io.github.celonisnb.magics.ems.EmsLogin;
import io.github.celonisnb.magics.ems.LoginOptions;
import io.github.celonisnb.magics.magic.LoginMagic;
import io.github.celonisnb.magics.magic.LogoutMagic;
import io.github.celonisnb.magics.magic.PermissionsMagic;
import io.github.celonisnb.magics.magic.RedactMagic;
import io.github.celonisnb.magics.magic.Tabular;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import io.github.celonisnb.magics.secrets.SecretRegistry;

/** Registers the Celonis magics in our kernel. */
public final class CelonisMagicsInstaller {

    private CelonisMagicsInstaller() {
    }

    /**
     * Registers {@code %celonis_login}, {@code %celonis_permissions} and friends; every key they load goes into
     * the kernel's secrets. Policy files are looked for in the kernel's working folder, which Jupyter sets to the
     * notebook's folder.
     */
    public static void install(CelonisKernel kernel) {
        SecretRegistry secrets = kernel.secrets();
        BasekernelMagicOutput output = new BasekernelMagicOutput(kernel::display);
        CredentialResolver resolver = new CredentialResolver(Environment.system(),
                LocalSecrets.userHome(System.getenv()));
        Path workingDirectory = Path.of("").toAbsolutePath();
        LoginMagic login = new LoginMagic(resolver, c -> EmsLogin.login(c, LoginOptions.defaults()), secrets,
                new SnippetSessionBinder(kernel.evaluator()), output, Clock.systemDefaultZone(),
                new KernelPrompt(kernel), workingDirectory);
        kernel.getMagics().registerLineMagic("celonis_login", login::run);
        PermissionsMagic permissions = new PermissionsMagic(output, secrets, workingDirectory);
        kernel.getMagics().registerLineMagic("celonis_permissions", permissions::run);
        RedactMagic redact = new RedactMagic(secrets, Environment.system(), output);
        kernel.getMagics().registerLineMagic("celonis_redact", redact::run);
        LogoutMagic logout = new LogoutMagic(output);
        kernel.getMagics().registerLineMagic("celonis_logout", logout::run);
        // Session results are tables: HTML in the notebook, aligned columns as text/plain.
        kernel.getRenderer().createRegistration(Tabular.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((table, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, table::toHtml);
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, table::toText);
                });
    }
}

/**
 * What the magics do, over narrow interfaces ({@link io.github.celonisnb.magics.magic.MagicOutput},
 * {@link io.github.celonisnb.magics.magic.SessionBinder}, {@link io.github.celonisnb.magics.magic.Prompt}) so that
 * they run without Jupyter: {@link io.github.celonisnb.magics.magic.LoginMagic} ({@code %celonis_login}),
 * {@link io.github.celonisnb.magics.magic.PermissionsMagic} ({@code %celonis_permissions}: the permission report as
 * {@link io.github.celonisnb.magics.magic.PermissionReportView}, text, HTML or JSON),
 * {@link io.github.celonisnb.magics.magic.LogoutMagic} ({@code %celonis_logout}), and the session notebook
 * code calls, {@link io.github.celonisnb.magics.magic.CelonisSession} (the {@code celonis} variable).
 *
 * <p>Every result the session returns is typed and implements {@link io.github.celonisnb.magics.magic.Tabular},
 * so a kernel shows it with one renderer: lists are {@link io.github.celonisnb.magics.magic.TabularList}s
 * (real, immutable {@link java.util.List}s) and single objects field/value tables. The data records come from
 * {@code io.github.celonisnb.magics.ems}; the types here wrap them for display. Only
 * {@link io.github.celonisnb.magics.magic.Space} holds the session's client, so that
 * {@code celonis.defaultSpace().packages()} works; nothing here holds or prints a key.
 */
package io.github.celonisnb.magics.magic;

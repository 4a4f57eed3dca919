package io.github.celonisnb.emulator.internal.http.ui;

import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.InvalidKeyRequestException;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.emulator.KeyInfo;
import io.github.celonisnb.emulator.KeyKind;
import io.github.celonisnb.emulator.UnknownKeyException;
import io.github.celonisnb.emulator.internal.access.AccessRules;
import io.github.celonisnb.emulator.internal.http.Response;
import io.github.celonisnb.emulator.internal.state.Tenant;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What each page of Applications does to the team's state: the same {@link Tenant} the EMS endpoints
 * read, so a notebook sees every change at its next call.
 */
final class ApplicationActions {

    /** The New Application form's field with its single-use token. */
    static final String FORM_FIELD = "form";

    private final Tenant tenant;
    private final URI emsUrl;

    ApplicationActions(Tenant tenant, URI emsUrl) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.emsUrl = Objects.requireNonNull(emsUrl, "emsUrl");
    }

    Response list(UiRequest request) {
        List<KeyInfo> applications = tenant.keys().stream().filter(k -> k.type() == KeyKind.APP).toList();
        Optional<String> flash = request.queryIs("deleted")
                ? Optional.of("The application was deleted; its key is rejected from the next call on.")
                : Optional.empty();
        return Pages.html(200, ApplicationPages.list(request.requireSession(), applications, flash));
    }

    Response newForm(UiRequest request) {
        return newKeyPage(200, request.requireSession(), Optional.empty(), "");
    }

    /**
     * Creates the key and answers with the one page that shows it; the value is not kept anywhere else.
     * The form's single-use token is spent first, so sending the same form again (a reload of the
     * answer, a replay) makes no second application.
     */
    Response create(UiRequest request) {
        UiSession session = request.requireSession();
        String name = request.form().first("name").orElse("");
        FormNonces.Spending spending = session.forms().spend(request.form().first(FORM_FIELD).orElse(null), name);
        if (spending instanceof FormNonces.Spending.AlreadySpent spent) {
            return Pages.html(409, NoticePages.problem("Already created", "This form was already sent: the application "
                    + "'" + spent.name().trim() + "' was created once and its key was shown then.",
                    "It is in Applications; if you did not copy the key, delete the application and create a new one.",
                    Optional.of(session)));
        }
        if (!(spending instanceof FormNonces.Spending.Fresh fresh)) {
            return Pages.html(403, NoticePages.problem("Form expired", "This New Application form is not one the "
                    + "emulator gave this sign-in (its one-time field is missing or unknown), so nothing was created.",
                    "Open New Application Key again and send its form.", Optional.of(session)));
        }
        IssuedKey issued;
        try {
            issued = tenant.createApplicationKey(name, List.of());
        } catch (InvalidKeyRequestException e) {
            session.forms().release(fresh);
            String problem = name.isBlank() ? "An application key needs a name: type one below."
                    : e.getMessage();
            return newKeyPage(400, session, Optional.of(problem), name.strip());
        } catch (RuntimeException e) {
            session.forms().release(fresh);
            throw e;
        }
        return Pages.html(200, ApplicationPages.created(session, issued, emsUrl));
    }

    /** The New Application form with a fresh single-use token; the name is kept up to the form's limit. */
    private static Response newKeyPage(int status, UiSession session, Optional<String> problem, String name) {
        String kept = name.length() > Tenant.MAX_NAME_LENGTH ? name.substring(0, Tenant.MAX_NAME_LENGTH) : name;
        return Pages.html(status, ApplicationPages.newKey(session, problem, kept, session.forms().issue()));
    }

    Response view(UiRequest request) {
        KeyInfo app = application(request);
        List<AccessRules.ServiceRights> listed = AccessRules.allServices(tenant.ownerOf(app.id()));
        return Pages.html(200, PermissionPages.view(request.requireSession(), app, listed));
    }

    Response editForm(UiRequest request) {
        KeyInfo app = application(request);
        Optional<String> flash = request.queryIs("saved")
                ? Optional.of("Saved. A notebook sees the change at its next call.")
                : Optional.empty();
        return Pages.html(200, PermissionPages.edit(request.requireSession(), app, flash));
    }

    /** Makes the key's grants exactly the ticked ones, in one change. */
    Response save(UiRequest request) {
        KeyInfo app = application(request);
        List<Grant> grants = request.form().all(PermissionPages.GRANT_FIELD).stream().map(Grant::parse).toList();
        tenant.replaceGrants(app.id(), grants);
        return Pages.seeOther(Layout.applicationPath(app.id(), "/permissions") + "?saved");
    }

    Response confirmDelete(UiRequest request) {
        return Pages.html(200, ApplicationPages.confirmDelete(request.requireSession(), application(request)));
    }

    Response delete(UiRequest request) {
        tenant.deleteKey(application(request).id());
        return Pages.seeOther(Layout.APPLICATIONS + "?deleted");
    }

    /** The application key named in the path; a user key is not an application and is not found here. */
    private KeyInfo application(UiRequest request) {
        String id = request.param("id");
        KeyInfo info = tenant.info(id);
        if (info.type() != KeyKind.APP) {
            throw new UnknownKeyException(id);
        }
        return info;
    }
}

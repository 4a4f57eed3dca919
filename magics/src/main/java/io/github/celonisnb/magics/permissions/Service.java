package io.github.celonisnb.magics.permissions;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The EMS services that {@code GET /api/cloud/permissions} lists, in the order the server lists them
 * (observed in PyCelonis 2.0.0 output), each with the name the EMS user interface gives it.
 */
public enum Service {
    PACKAGE_MANAGER("package-manager", "Studio"),
    WORKFLOWS("workflows", "Process Automation"),
    TASK_MINING("task-mining", "Task Mining"),
    TEAM("team", "Admin & Settings"),
    ACTION_ENGINE("action-engine", "Action Engine"),
    PROCESS_REPOSITORY("process-repository", "Process Repository"),
    PROCESS_ANALYTICS("process-analytics", "Process Analytics"),
    TRANSFORMATION_CENTER("transformation-center", "Transformation Center"),
    STORAGE_MANAGER("storage-manager", "File Storage"),
    EVENT_COLLECTION("event-collection", "Data Integration"),
    ML_WORKBENCH("ml-workbench", "Machine Learning"),
    USER_PROVISIONING("user-provisioning", "User Provisioning");

    private static final List<Service> SERVER_ORDER = List.of(values());

    private final String serviceName;
    private final String displayName;

    Service(String serviceName, String displayName) {
        this.serviceName = serviceName;
        this.displayName = displayName;
    }

    /** The identifier on the wire, e.g. {@code event-collection}. */
    public String serviceName() {
        return serviceName;
    }

    /** The name in the EMS user interface, e.g. {@code Data Integration}. */
    public String displayName() {
        return displayName;
    }

    /** All services in the order {@code /api/cloud/permissions} lists them. */
    public static List<Service> inServerOrder() {
        return SERVER_ORDER;
    }

    /** The service with this wire name, if the catalogue knows it. */
    public static Optional<Service> byServiceName(String serviceName) {
        return Arrays.stream(values()).filter(s -> s.serviceName.equals(serviceName)).findFirst();
    }
}

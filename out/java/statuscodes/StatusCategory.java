// Generated from spec/status-codes.yaml by status-codegen — do not edit.

package statuscodes;

import java.util.HashMap;
import java.util.Map;

/** A group of status codes, following the sections of the status code table. */
public enum StatusCategory {
    /** General */
    GENERAL("general", "General", "Codes any request can return, from login and permissions to rate limits and server errors."),
    /** Team */
    TEAM("team", "Team", "Codes returned by team (group chat) operations, codes 801 to 815."),
    /** Audio &amp; video calls and whiteboard */
    AV_CALL("av-call", "Audio & video calls and whiteboard", "Codes returned by audio and video calls and by the whiteboard."),
    /** Chat room */
    CHATROOM("chatroom", "Chat room", "Codes returned by chat room operations."),
    /** Account registration service */
    REGISTRATION("registration", "Account registration service", "Codes returned by the account registration service (one of the table's \"specific services\"): mailbox and phone formats, companies, apps and existing accounts."),
    /** Signaling service */
    SIGNALING("signaling", "Signaling service", "Codes returned by the signaling service (one of the table's \"specific services\"): rooms, members, invitations and offline peers."),
    ;

    private static final Map<String, StatusCategory> byId = new HashMap<String, StatusCategory>();

    static {
        for (StatusCategory category : values()) {
            byId.put(category.id, category);
        }
    }

    private final String id;
    private final String title;
    private final String description;

    StatusCategory(String id, String title, String description) {
        this.id = id;
        this.title = title;
        this.description = description;
    }

    /**
     * The category's stable id, as the spec and the JSON table write it.
     *
     * @return the kebab-case id, such as {@code general}
     */
    public String getId() {
        return id;
    }

    /**
     * The category's heading.
     *
     * @return the title
     */
    public String getTitle() {
        return title;
    }

    /**
     * What the category's codes have in common.
     *
     * @return the description
     */
    public String getDescription() {
        return description;
    }

    /**
     * The category with this id.
     *
     * @param id a category id, such as {@code general}
     * @return its constant, or null when there is none
     */
    public static StatusCategory fromId(String id) {
        return byId.get(id);
    }
}

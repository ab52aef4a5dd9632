// Generated from spec/status-codes.yaml by status-codegen — do not edit.

package statuscodes;

import java.util.Arrays;

/**
 * Every status code, by its canonical name, in order of number.
 *
 * <p>{@link #fromCode(int)} finds the constant for a number the server or SDK returned. The
 * table is generated: switch over the constants with a {@code default} branch, as later versions add codes.
 */
public enum StatusCode {
    /** 200: The operation succeeded. */
    OK,
    /** 201: Incorrect client version. You must upgrade the SDK. */
    INVALID_VERSION,
    /** 301: The account or channel is banned. */
    ACCOUNT_OR_CHANNEL_BANNED,
    /** 302: Incorrect user name or password. */
    INVALID_PASSWORD,
    /** 315: IP address restriction. */
    IP_NOT_ALLOWED,
    /** 403: Invalid operation or no permission */
    FORBIDDEN,
    /** 404: No object found */
    NOT_FOUND,
    /** 405: The parameter length is too long */
    PARAMETER_TOO_LONG,
    /** 406: Read-only object */
    READ_ONLY,
    /** 408: Client request times out */
    TIMEOUT,
    /** 413: SMS verification failed */
    SMS_VERIFICATION_FAILED,
    /** 414: Error parameters */
    PARAMETER_ERROR,
    /** 415: Client network issue */
    CONNECTION_ERROR,
    /** 416: Rate upper limit is reached. */
    RATE_LIMIT,
    /** 417: Repeated operation */
    ALREADY_EXISTS,
    /** 418: SMS channel is not available */
    SMS_CHANNEL_UNAVAILABLE,
    /** 419: The quantity exceeds the upper limit */
    LIMIT_EXCEEDED,
    /** 422: Account is banned. */
    ACCOUNT_BLOCKED,
    /** 423: Account is muted. */
    ACCOUNT_MUTED,
    /** 431: HTTP request is repeated. */
    DUPLICATE_HTTP_REQUEST,
    /** 500: Server internal error. */
    SERVER_INTERNAL_ERROR,
    /** 503: Server is busy. */
    SERVER_BUSY,
    /** 508: Message recall times out. */
    MESSAGE_RECALL_EXPIRED,
    /** 509: Invalid protocol. */
    INVALID_PROTOCOL,
    /** 514: Service unavailable. */
    SERVICE_UNAVAILABLE,
    /** 801: The number of team members exceeds the upper limit. */
    TEAM_MEMBER_LIMIT,
    /** 802: No permissions. */
    TEAM_ACCESS_DENIED,
    /** 803: Team does not exist. */
    TEAM_NOT_FOUND,
    /** 804: User does not join the team. */
    NOT_IN_TEAM,
    /** 805: Team type does not match. */
    TEAM_TYPE_MISMATCH,
    /** 806: The number of teams created reaches the upper limit. */
    TEAM_COUNT_LIMIT,
    /** 807: Team member status error. */
    TEAM_MEMBER_STATUS_ERROR,
    /** 808: Application approved. */
    TEAM_APPLY_SUCCESS,
    /** 809: User is already in the team. */
    ALREADY_IN_TEAM,
    /** 810: Successfully invited. */
    TEAM_INVITE_SUCCESS,
    /** 811: The number of &#64; mentioned accounts exceeds the upper limit. */
    MENTION_LIMIT,
    /** 812: The team is muted, and ordinary members are not allowed to send messages. */
    TEAM_MUTED,
    /** 813: Successful partial invitation of team members. */
    TEAM_INVITE_PARTIAL_SUCCESS,
    /** 814: Team read receipt is prohibited. */
    TEAM_READ_RECEIPT_DISABLED,
    /** 815: The number of team administrators exceeds the upper limit. */
    TEAM_ADMIN_LIMIT,
    /** 998: Unpacking error. */
    UNPACK_ERROR,
    /** 999: Packaging error. */
    PACK_ERROR,
    /** 9102: Channel fails. */
    CHANNEL_FAILED,
    /** 9103: The call is responded on other device. */
    CALL_ANSWERED_ELSEWHERE,
    /** 10201: The CommsEase account of a peer is offline. */
    SIGNAL_PEER_OFFLINE,
    /** 10202: The CommsEase account of a peer is offline, and push notifications can not be delivered. */
    SIGNAL_PEER_PUSH_OFFLINE,
    /** 10404: The room does not exist */
    SIGNAL_ROOM_NOT_FOUND,
    /** 10405: The room already exists */
    SIGNAL_ROOM_EXISTS,
    /** 10406: The user is not in the room */
    SIGNAL_NOT_IN_ROOM,
    /** 10407: The user already exists in the room */
    SIGNAL_ALREADY_IN_ROOM,
    /** 10408: Invitation does not exist or has expired. */
    SIGNAL_INVITE_NOT_FOUND,
    /** 10409: Invitation is rejected. */
    SIGNAL_INVITE_REJECTED,
    /** 10410: Invitation is accepted. */
    SIGNAL_INVITE_ACCEPTED,
    /** 10417: Duplicate Uids. */
    SIGNAL_UID_CONFLICT,
    /** 10419: The number of room members reaches the upper limit. */
    SIGNAL_ROOM_MEMBER_LIMIT,
    /** 10420: The user already exists in the room (joining from other ends) */
    SIGNAL_ALREADY_IN_ROOM_ELSEWHERE,
    /** 10431: The mailbox format is invalid. */
    INVALID_EMAIL_FORMAT,
    /** 10432: Mobile phone format is invalid. */
    INVALID_PHONE_FORMAT,
    /** 10433: Password confirmation failed. */
    PASSWORD_CONFIRMATION_FAILED,
    /** 10434: The company does not exist. */
    COMPANY_NOT_FOUND,
    /** 10435: Incorrect login account or password. */
    INVALID_LOGIN_CREDENTIALS,
    /** 10436: App cannot be found. */
    APP_NOT_FOUND,
    /** 10437: Email already exists. */
    EMAIL_EXISTS,
    /** 10438: Mobile phone number already exists. */
    PHONE_EXISTS,
    /** 10441: app name already exists. */
    APP_NAME_EXISTS,
    /** 11001: The call is unreachable, and the caller goes offline. */
    CALL_UNREACHABLE,
    /** 13001: IM connection is abnormal. */
    CHATROOM_IM_LINK_ERROR,
    /** 13002: Chat room status is abnormal. */
    CHATROOM_STATUS_ERROR,
    /** 13003: The account is in the blocklist, it is prohibited from joining the chat room. */
    CHATROOM_BLOCKLISTED,
    /** 13004: Banned accounts are not allowed to send messages. */
    CHATROOM_MUTED,
    /** 13005: The profile name and profile picture in a chat room or extension field of a member is filtered by the anti-spam service. */
    CHATROOM_ANTISPAM_FILTERED,
    ;

    /** The version of the status-code table this file was generated from: the spec's {@code version}. */
    public static final String TABLE_VERSION = "1.0.0";

    /**
     * 200: The operation succeeded.
     *
     * @deprecated RES_SUCCESS is a name from the Android SDK for 200 OK. Compare {@link #fromCode(int)} with {@link #OK} instead.
     */
    @Deprecated
    public static final short RES_SUCCESS = 200;

    /**
     * 302: Incorrect user name or password.
     *
     * @deprecated RES_EUIDPASS is a name from the Android SDK for 302 INVALID_PASSWORD. Compare {@link #fromCode(int)} with {@link #INVALID_PASSWORD} instead.
     */
    @Deprecated
    public static final short RES_EUIDPASS = 302;

    /**
     * 315: IP address restriction.
     *
     * @deprecated RES_IP_NOT_ALLOWED is a name from the Android SDK for 315 IP_NOT_ALLOWED. Compare {@link #fromCode(int)} with {@link #IP_NOT_ALLOWED} instead.
     */
    @Deprecated
    public static final short RES_IP_NOT_ALLOWED = 315;

    /**
     * 403: Invalid operation or no permission
     *
     * @deprecated RES_FORBIDDEN is a name from the Android SDK for 403 FORBIDDEN. Compare {@link #fromCode(int)} with {@link #FORBIDDEN} instead.
     */
    @Deprecated
    public static final short RES_FORBIDDEN = 403;

    /**
     * 404: No object found
     *
     * @deprecated RES_ENONEXIST is a name from the Android SDK for 404 NOT_FOUND. Compare {@link #fromCode(int)} with {@link #NOT_FOUND} instead.
     */
    @Deprecated
    public static final short RES_ENONEXIST = 404;

    /**
     * 408: Client request times out
     *
     * @deprecated RES_ETIMEOUT is a name from the Android SDK for 408 TIMEOUT. Compare {@link #fromCode(int)} with {@link #TIMEOUT} instead.
     */
    @Deprecated
    public static final short RES_ETIMEOUT = 408;

    /**
     * 414: Error parameters
     *
     * @deprecated RES_EPARAM is a name from the Android SDK for 414 PARAMETER_ERROR. Compare {@link #fromCode(int)} with {@link #PARAMETER_ERROR} instead.
     */
    @Deprecated
    public static final short RES_EPARAM = 414;

    /**
     * 415: Client network issue
     *
     * @deprecated RES_ECONNECTION is a name from the Android SDK for 415 CONNECTION_ERROR. Compare {@link #fromCode(int)} with {@link #CONNECTION_ERROR} instead.
     */
    @Deprecated
    public static final short RES_ECONNECTION = 415;

    /**
     * 416: Rate upper limit is reached.
     *
     * @deprecated RES_EFREQUENTLY is a name from the Android SDK for 416 RATE_LIMIT. Compare {@link #fromCode(int)} with {@link #RATE_LIMIT} instead.
     */
    @Deprecated
    public static final short RES_EFREQUENTLY = 416;

    /**
     * 417: Repeated operation
     *
     * @deprecated RES_EEXIST is a name from the Android SDK for 417 ALREADY_EXISTS. Compare {@link #fromCode(int)} with {@link #ALREADY_EXISTS} instead.
     */
    @Deprecated
    public static final short RES_EEXIST = 417;

    /**
     * 422: Account is banned.
     *
     * @deprecated RES_ACCOUNT_BLOCK is a name from the Android SDK for 422 ACCOUNT_BLOCKED. Compare {@link #fromCode(int)} with {@link #ACCOUNT_BLOCKED} instead.
     */
    @Deprecated
    public static final short RES_ACCOUNT_BLOCK = 422;

    /**
     * 500: Server internal error.
     *
     * @deprecated RES_EUNKNOWN is a name from the Android SDK for 500 SERVER_INTERNAL_ERROR. Compare {@link #fromCode(int)} with {@link #SERVER_INTERNAL_ERROR} instead.
     */
    @Deprecated
    public static final short RES_EUNKNOWN = 500;

    /**
     * 503: Server is busy.
     *
     * @deprecated RES_TOOBUZY is a name from the Android SDK for 503 SERVER_BUSY. Compare {@link #fromCode(int)} with {@link #SERVER_BUSY} instead.
     */
    @Deprecated
    public static final short RES_TOOBUZY = 503;

    /**
     * 508: Message recall times out.
     *
     * @deprecated RES_OVERDUE is a name from the Android SDK for 508 MESSAGE_RECALL_EXPIRED. Compare {@link #fromCode(int)} with {@link #MESSAGE_RECALL_EXPIRED} instead.
     */
    @Deprecated
    public static final short RES_OVERDUE = 508;

    /**
     * 509: Invalid protocol.
     *
     * @deprecated RES_INVALID is a name from the Android SDK for 509 INVALID_PROTOCOL. Compare {@link #fromCode(int)} with {@link #INVALID_PROTOCOL} instead.
     */
    @Deprecated
    public static final short RES_INVALID = 509;

    /**
     * 801: The number of team members exceeds the upper limit.
     *
     * @deprecated RES_TEAM_ECOUNT_LIMIT is a name from the Android SDK for 801 TEAM_MEMBER_LIMIT. Compare {@link #fromCode(int)} with {@link #TEAM_MEMBER_LIMIT} instead.
     */
    @Deprecated
    public static final short RES_TEAM_ECOUNT_LIMIT = 801;

    /**
     * 802: No permissions.
     *
     * @deprecated RES_TEAM_ENACCESS is a name from the Android SDK for 802 TEAM_ACCESS_DENIED. Compare {@link #fromCode(int)} with {@link #TEAM_ACCESS_DENIED} instead.
     */
    @Deprecated
    public static final short RES_TEAM_ENACCESS = 802;

    /**
     * 803: Team does not exist.
     *
     * @deprecated RES_TEAM_ENOTEXIST is a name from the Android SDK for 803 TEAM_NOT_FOUND. Compare {@link #fromCode(int)} with {@link #TEAM_NOT_FOUND} instead.
     */
    @Deprecated
    public static final short RES_TEAM_ENOTEXIST = 803;

    /**
     * 804: User does not join the team.
     *
     * @deprecated RES_TEAM_EMEMBER_NOTEXIST is a name from the Android SDK for 804 NOT_IN_TEAM. Compare {@link #fromCode(int)} with {@link #NOT_IN_TEAM} instead.
     */
    @Deprecated
    public static final short RES_TEAM_EMEMBER_NOTEXIST = 804;

    /**
     * 805: Team type does not match.
     *
     * @deprecated RES_TEAM_ERR_TYPE is a name from the Android SDK for 805 TEAM_TYPE_MISMATCH. Compare {@link #fromCode(int)} with {@link #TEAM_TYPE_MISMATCH} instead.
     */
    @Deprecated
    public static final short RES_TEAM_ERR_TYPE = 805;

    /**
     * 806: The number of teams created reaches the upper limit.
     *
     * @deprecated RES_TEAM_LIMIT is a name from the Android SDK for 806 TEAM_COUNT_LIMIT. Compare {@link #fromCode(int)} with {@link #TEAM_COUNT_LIMIT} instead.
     */
    @Deprecated
    public static final short RES_TEAM_LIMIT = 806;

    /**
     * 807: Team member status error.
     *
     * @deprecated RES_TEAM_USER_STATUS_ERR is a name from the Android SDK for 807 TEAM_MEMBER_STATUS_ERROR. Compare {@link #fromCode(int)} with {@link #TEAM_MEMBER_STATUS_ERROR} instead.
     */
    @Deprecated
    public static final short RES_TEAM_USER_STATUS_ERR = 807;

    /**
     * 808: Application approved.
     *
     * @deprecated RES_TEAM_APPLY_SUCCESS is a name from the Android SDK for 808 TEAM_APPLY_SUCCESS. Compare {@link #fromCode(int)} with {@link #TEAM_APPLY_SUCCESS} instead.
     */
    @Deprecated
    public static final short RES_TEAM_APPLY_SUCCESS = 808;

    /**
     * 809: User is already in the team.
     *
     * @deprecated RES_TEAM_ALREADY_IN is a name from the Android SDK for 809 ALREADY_IN_TEAM. Compare {@link #fromCode(int)} with {@link #ALREADY_IN_TEAM} instead.
     */
    @Deprecated
    public static final short RES_TEAM_ALREADY_IN = 809;

    /**
     * 810: Successfully invited.
     *
     * @deprecated RES_TEAM_INVITE_SUCCESS is a name from the Android SDK for 810 TEAM_INVITE_SUCCESS. Compare {@link #fromCode(int)} with {@link #TEAM_INVITE_SUCCESS} instead.
     */
    @Deprecated
    public static final short RES_TEAM_INVITE_SUCCESS = 810;

    /**
     * 813: Successful partial invitation of team members.
     *
     * @deprecated RES_TEAM_INVITE_PART_SUCCESS is a name from the Android SDK for 813 TEAM_INVITE_PARTIAL_SUCCESS. Compare {@link #fromCode(int)} with {@link #TEAM_INVITE_PARTIAL_SUCCESS} instead.
     */
    @Deprecated
    public static final short RES_TEAM_INVITE_PART_SUCCESS = 813;

    /**
     * 998: Unpacking error.
     *
     * @deprecated RES_EUNPACKET is a name from the Android SDK for 998 UNPACK_ERROR. Compare {@link #fromCode(int)} with {@link #UNPACK_ERROR} instead.
     */
    @Deprecated
    public static final short RES_EUNPACKET = 998;

    /**
     * 999: Packaging error.
     *
     * @deprecated RES_EPACKET is a name from the Android SDK for 999 PACK_ERROR. Compare {@link #fromCode(int)} with {@link #PACK_ERROR} instead.
     */
    @Deprecated
    public static final short RES_EPACKET = 999;

    /**
     * 10201: The CommsEase account of a peer is offline.
     *
     * @deprecated RES_PEER_NIM_OFFLINE is a name from the Android SDK for 10201 SIGNAL_PEER_OFFLINE. Compare {@link #fromCode(int)} with {@link #SIGNAL_PEER_OFFLINE} instead.
     */
    @Deprecated
    public static final short RES_PEER_NIM_OFFLINE = 10201;

    /**
     * 10202: The CommsEase account of a peer is offline, and push notifications can not be delivered.
     *
     * @deprecated RES_PEER_PUSH_OFFLINE is a name from the Android SDK for 10202 SIGNAL_PEER_PUSH_OFFLINE. Compare {@link #fromCode(int)} with {@link #SIGNAL_PEER_PUSH_OFFLINE} instead.
     */
    @Deprecated
    public static final short RES_PEER_PUSH_OFFLINE = 10202;

    /**
     * 10404: The room does not exist
     *
     * @deprecated RES_CHANNEL_NOT_EXISTS is a name from the Android SDK for 10404 SIGNAL_ROOM_NOT_FOUND. Compare {@link #fromCode(int)} with {@link #SIGNAL_ROOM_NOT_FOUND} instead.
     */
    @Deprecated
    public static final short RES_CHANNEL_NOT_EXISTS = 10404;

    /**
     * 10405: The room already exists
     *
     * @deprecated RES_CHANNEL_HAS_EXISTS is a name from the Android SDK for 10405 SIGNAL_ROOM_EXISTS. Compare {@link #fromCode(int)} with {@link #SIGNAL_ROOM_EXISTS} instead.
     */
    @Deprecated
    public static final short RES_CHANNEL_HAS_EXISTS = 10405;

    /**
     * 10406: The user is not in the room
     *
     * @deprecated RES_CHANNEL_MEMBER_NOT_EXISTS is a name from the Android SDK for 10406 SIGNAL_NOT_IN_ROOM. Compare {@link #fromCode(int)} with {@link #SIGNAL_NOT_IN_ROOM} instead.
     */
    @Deprecated
    public static final short RES_CHANNEL_MEMBER_NOT_EXISTS = 10406;

    /**
     * 10407: The user already exists in the room
     *
     * @deprecated RES_CHANNEL_MEMBER_HAS_EXISTS is a name from the Android SDK for 10407 SIGNAL_ALREADY_IN_ROOM. Compare {@link #fromCode(int)} with {@link #SIGNAL_ALREADY_IN_ROOM} instead.
     */
    @Deprecated
    public static final short RES_CHANNEL_MEMBER_HAS_EXISTS = 10407;

    /**
     * 10408: Invitation does not exist or has expired.
     *
     * @deprecated RES_INVITE_NOT_EXISTS is a name from the Android SDK for 10408 SIGNAL_INVITE_NOT_FOUND. Compare {@link #fromCode(int)} with {@link #SIGNAL_INVITE_NOT_FOUND} instead.
     */
    @Deprecated
    public static final short RES_INVITE_NOT_EXISTS = 10408;

    /**
     * 10409: Invitation is rejected.
     *
     * @deprecated RES_INVITE_HAS_REJECT is a name from the Android SDK for 10409 SIGNAL_INVITE_REJECTED. Compare {@link #fromCode(int)} with {@link #SIGNAL_INVITE_REJECTED} instead.
     */
    @Deprecated
    public static final short RES_INVITE_HAS_REJECT = 10409;

    /**
     * 10410: Invitation is accepted.
     *
     * @deprecated RES_INVITE_HAS_ACCEPT is a name from the Android SDK for 10410 SIGNAL_INVITE_ACCEPTED. Compare {@link #fromCode(int)} with {@link #SIGNAL_INVITE_ACCEPTED} instead.
     */
    @Deprecated
    public static final short RES_INVITE_HAS_ACCEPT = 10410;

    /**
     * 10417: Duplicate Uids.
     *
     * @deprecated RES_JOIN_CHANNEL_UID_CONFLICT is a name from the Android SDK for 10417 SIGNAL_UID_CONFLICT. Compare {@link #fromCode(int)} with {@link #SIGNAL_UID_CONFLICT} instead.
     */
    @Deprecated
    public static final short RES_JOIN_CHANNEL_UID_CONFLICT = 10417;

    /**
     * 10419: The number of room members reaches the upper limit.
     *
     * @deprecated RES_CHANNEL_MEMBER_EXCEED is a name from the Android SDK for 10419 SIGNAL_ROOM_MEMBER_LIMIT. Compare {@link #fromCode(int)} with {@link #SIGNAL_ROOM_MEMBER_LIMIT} instead.
     */
    @Deprecated
    public static final short RES_CHANNEL_MEMBER_EXCEED = 10419;

    /**
     * 10420: The user already exists in the room (joining from other ends)
     *
     * @deprecated RES_CHANNEL_MEMBER_HAS_EXISTS_OTHER_CLIENT is a name from the Android SDK for 10420 SIGNAL_ALREADY_IN_ROOM_ELSEWHERE. Compare {@link #fromCode(int)} with {@link #SIGNAL_ALREADY_IN_ROOM_ELSEWHERE} instead.
     */
    @Deprecated
    public static final short RES_CHANNEL_MEMBER_HAS_EXISTS_OTHER_CLIENT = 10420;

    /**
     * 13001: IM connection is abnormal.
     *
     * @deprecated RES_CHATROOM_IM_LINK_EXCEPTION is a name from the Android SDK for 13001 CHATROOM_IM_LINK_ERROR. Compare {@link #fromCode(int)} with {@link #CHATROOM_IM_LINK_ERROR} instead.
     */
    @Deprecated
    public static final short RES_CHATROOM_IM_LINK_EXCEPTION = 13001;

    /**
     * 13002: Chat room status is abnormal.
     *
     * @deprecated RES_CHATROOM_STATUS_EXCEPTION is a name from the Android SDK for 13002 CHATROOM_STATUS_ERROR. Compare {@link #fromCode(int)} with {@link #CHATROOM_STATUS_ERROR} instead.
     */
    @Deprecated
    public static final short RES_CHATROOM_STATUS_EXCEPTION = 13002;

    /**
     * 13003: The account is in the blocklist, it is prohibited from joining the chat room.
     *
     * @deprecated RES_CHATROOM_BLACKLIST is a name from the Android SDK for 13003 CHATROOM_BLOCKLISTED. Compare {@link #fromCode(int)} with {@link #CHATROOM_BLOCKLISTED} instead.
     */
    @Deprecated
    public static final short RES_CHATROOM_BLACKLIST = 13003;

    /**
     * 13004: Banned accounts are not allowed to send messages.
     *
     * @deprecated RES_CHATROOM_MUTED is a name from the Android SDK for 13004 CHATROOM_MUTED. Compare {@link #fromCode(int)} with {@link #CHATROOM_MUTED} instead.
     */
    @Deprecated
    public static final short RES_CHATROOM_MUTED = 13004;

    /**
     * The number the server or SDK returns.
     *
     * @return the code's number
     */
    public int getCode() {
        return Table.codes[ordinal()];
    }

    /**
     * What the code means.
     *
     * @return the code's message
     */
    public String getMessage() {
        return Table.messages[ordinal()];
    }

    /**
     * The group the code belongs to.
     *
     * @return the code's category
     */
    public StatusCategory getCategory() {
        return Table.categories[ordinal()];
    }

    /**
     * Whether the code reports success, information or an error.
     *
     * @return the code's kind
     */
    public Kind getKind() {
        return Table.kinds[ordinal()];
    }

    /**
     * Whether the same request may succeed if sent again later.
     *
     * @return true when the request may be retried
     */
    public boolean isRetryable() {
        return Table.retryable[ordinal()];
    }

    /**
     * The status code with this number.
     *
     * @param code a number the server or SDK returned
     * @return its constant, or null when the table has none
     */
    public static StatusCode fromCode(int code) {
        int index = Arrays.binarySearch(Table.codes, code);
        return index < 0 ? null : Table.constants[index];
    }

    /** Whether a code reports success, information (such as a partial success) or an error. */
    public enum Kind {
        /** The request succeeded. */
        SUCCESS("success"),
        /** Information, such as a partial success. */
        INFO("info"),
        /** The request failed. */
        ERROR("error"),
        ;

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /**
         * The kind as the spec and the JSON table write it.
         *
         * @return {@code success}, {@code info} or {@code error}
         */
        public String getId() {
            return id;
        }
    }

    /**
     * Each constant's data, a row per constant in declaration order (which is by number, so a binary search
     * finds a number), loaded on first use. The constants carry no arguments, as each costs bytecode in the
     * enum's static initializer, which the JVM limits to 64 KB; the rows are filled by methods of at most
     * 1,000 rows each for the same reason.
     */
    private static final class Table {
        static final StatusCode[] constants = values();
        static final int[] codes = new int[constants.length];
        static final String[] messages = new String[constants.length];
        static final StatusCategory[] categories = new StatusCategory[constants.length];
        static final Kind[] kinds = new Kind[constants.length];
        static final boolean[] retryable = new boolean[constants.length];

        static {
            rows0();
        }

        private Table() {
        }

        private static void row(StatusCode constant, int code, String message, StatusCategory category, Kind kind, boolean mayRetry) {
            int index = constant.ordinal();
            codes[index] = code;
            messages[index] = message;
            categories[index] = category;
            kinds[index] = kind;
            retryable[index] = mayRetry;
        }

        private static void rows0() {
            row(OK, 200, "The operation succeeded.", StatusCategory.GENERAL, Kind.SUCCESS, false);
            row(INVALID_VERSION, 201, "Incorrect client version. You must upgrade the SDK.", StatusCategory.GENERAL, Kind.ERROR, false);
            row(ACCOUNT_OR_CHANNEL_BANNED, 301, "The account or channel is banned.", StatusCategory.GENERAL, Kind.ERROR, false);
            row(INVALID_PASSWORD, 302, "Incorrect user name or password.", StatusCategory.GENERAL, Kind.ERROR, false);
            row(IP_NOT_ALLOWED, 315, "IP address restriction.", StatusCategory.GENERAL, Kind.ERROR, false);
            row(FORBIDDEN, 403, "Invalid operation or no permission", StatusCategory.GENERAL, Kind.ERROR, false);
            row(NOT_FOUND, 404, "No object found", StatusCategory.GENERAL, Kind.ERROR, false);
            row(PARAMETER_TOO_LONG, 405, "The parameter length is too long", StatusCategory.GENERAL, Kind.ERROR, false);
            row(READ_ONLY, 406, "Read-only object", StatusCategory.GENERAL, Kind.ERROR, false);
            row(TIMEOUT, 408, "Client request times out", StatusCategory.GENERAL, Kind.ERROR, true);
            row(SMS_VERIFICATION_FAILED, 413, "SMS verification failed", StatusCategory.GENERAL, Kind.ERROR, false);
            row(PARAMETER_ERROR, 414, "Error parameters", StatusCategory.GENERAL, Kind.ERROR, false);
            row(CONNECTION_ERROR, 415, "Client network issue", StatusCategory.GENERAL, Kind.ERROR, true);
            row(RATE_LIMIT, 416, "Rate upper limit is reached.", StatusCategory.GENERAL, Kind.ERROR, true);
            row(ALREADY_EXISTS, 417, "Repeated operation", StatusCategory.GENERAL, Kind.ERROR, false);
            row(SMS_CHANNEL_UNAVAILABLE, 418, "SMS channel is not available", StatusCategory.GENERAL, Kind.ERROR, true);
            row(LIMIT_EXCEEDED, 419, "The quantity exceeds the upper limit", StatusCategory.GENERAL, Kind.ERROR, false);
            row(ACCOUNT_BLOCKED, 422, "Account is banned.", StatusCategory.GENERAL, Kind.ERROR, false);
            row(ACCOUNT_MUTED, 423, "Account is muted.", StatusCategory.GENERAL, Kind.ERROR, false);
            row(DUPLICATE_HTTP_REQUEST, 431, "HTTP request is repeated.", StatusCategory.GENERAL, Kind.ERROR, false);
            row(SERVER_INTERNAL_ERROR, 500, "Server internal error.", StatusCategory.GENERAL, Kind.ERROR, false);
            row(SERVER_BUSY, 503, "Server is busy.", StatusCategory.GENERAL, Kind.ERROR, true);
            row(MESSAGE_RECALL_EXPIRED, 508, "Message recall times out.", StatusCategory.GENERAL, Kind.ERROR, false);
            row(INVALID_PROTOCOL, 509, "Invalid protocol.", StatusCategory.GENERAL, Kind.ERROR, false);
            row(SERVICE_UNAVAILABLE, 514, "Service unavailable.", StatusCategory.GENERAL, Kind.ERROR, true);
            row(TEAM_MEMBER_LIMIT, 801, "The number of team members exceeds the upper limit.", StatusCategory.TEAM, Kind.ERROR, false);
            row(TEAM_ACCESS_DENIED, 802, "No permissions.", StatusCategory.TEAM, Kind.ERROR, false);
            row(TEAM_NOT_FOUND, 803, "Team does not exist.", StatusCategory.TEAM, Kind.ERROR, false);
            row(NOT_IN_TEAM, 804, "User does not join the team.", StatusCategory.TEAM, Kind.ERROR, false);
            row(TEAM_TYPE_MISMATCH, 805, "Team type does not match.", StatusCategory.TEAM, Kind.ERROR, false);
            row(TEAM_COUNT_LIMIT, 806, "The number of teams created reaches the upper limit.", StatusCategory.TEAM, Kind.ERROR, false);
            row(TEAM_MEMBER_STATUS_ERROR, 807, "Team member status error.", StatusCategory.TEAM, Kind.ERROR, false);
            row(TEAM_APPLY_SUCCESS, 808, "Application approved.", StatusCategory.TEAM, Kind.SUCCESS, false);
            row(ALREADY_IN_TEAM, 809, "User is already in the team.", StatusCategory.TEAM, Kind.ERROR, false);
            row(TEAM_INVITE_SUCCESS, 810, "Successfully invited.", StatusCategory.TEAM, Kind.SUCCESS, false);
            row(MENTION_LIMIT, 811, "The number of @ mentioned accounts exceeds the upper limit.", StatusCategory.TEAM, Kind.ERROR, false);
            row(TEAM_MUTED, 812, "The team is muted, and ordinary members are not allowed to send messages.", StatusCategory.TEAM, Kind.ERROR, false);
            row(TEAM_INVITE_PARTIAL_SUCCESS, 813, "Successful partial invitation of team members.", StatusCategory.TEAM, Kind.INFO, false);
            row(TEAM_READ_RECEIPT_DISABLED, 814, "Team read receipt is prohibited.", StatusCategory.TEAM, Kind.ERROR, false);
            row(TEAM_ADMIN_LIMIT, 815, "The number of team administrators exceeds the upper limit.", StatusCategory.TEAM, Kind.ERROR, false);
            row(UNPACK_ERROR, 998, "Unpacking error.", StatusCategory.GENERAL, Kind.ERROR, false);
            row(PACK_ERROR, 999, "Packaging error.", StatusCategory.GENERAL, Kind.ERROR, false);
            row(CHANNEL_FAILED, 9102, "Channel fails.", StatusCategory.AV_CALL, Kind.ERROR, false);
            row(CALL_ANSWERED_ELSEWHERE, 9103, "The call is responded on other device.", StatusCategory.AV_CALL, Kind.ERROR, false);
            row(SIGNAL_PEER_OFFLINE, 10201, "The CommsEase account of a peer is offline.", StatusCategory.SIGNALING, Kind.ERROR, false);
            row(SIGNAL_PEER_PUSH_OFFLINE, 10202, "The CommsEase account of a peer is offline, and push notifications can not be delivered.", StatusCategory.SIGNALING, Kind.ERROR, false);
            row(SIGNAL_ROOM_NOT_FOUND, 10404, "The room does not exist", StatusCategory.SIGNALING, Kind.ERROR, false);
            row(SIGNAL_ROOM_EXISTS, 10405, "The room already exists", StatusCategory.SIGNALING, Kind.ERROR, false);
            row(SIGNAL_NOT_IN_ROOM, 10406, "The user is not in the room", StatusCategory.SIGNALING, Kind.ERROR, false);
            row(SIGNAL_ALREADY_IN_ROOM, 10407, "The user already exists in the room", StatusCategory.SIGNALING, Kind.ERROR, false);
            row(SIGNAL_INVITE_NOT_FOUND, 10408, "Invitation does not exist or has expired.", StatusCategory.SIGNALING, Kind.ERROR, false);
            row(SIGNAL_INVITE_REJECTED, 10409, "Invitation is rejected.", StatusCategory.SIGNALING, Kind.ERROR, false);
            row(SIGNAL_INVITE_ACCEPTED, 10410, "Invitation is accepted.", StatusCategory.SIGNALING, Kind.ERROR, false);
            row(SIGNAL_UID_CONFLICT, 10417, "Duplicate Uids.", StatusCategory.SIGNALING, Kind.ERROR, false);
            row(SIGNAL_ROOM_MEMBER_LIMIT, 10419, "The number of room members reaches the upper limit.", StatusCategory.SIGNALING, Kind.ERROR, false);
            row(SIGNAL_ALREADY_IN_ROOM_ELSEWHERE, 10420, "The user already exists in the room (joining from other ends)", StatusCategory.SIGNALING, Kind.ERROR, false);
            row(INVALID_EMAIL_FORMAT, 10431, "The mailbox format is invalid.", StatusCategory.REGISTRATION, Kind.ERROR, false);
            row(INVALID_PHONE_FORMAT, 10432, "Mobile phone format is invalid.", StatusCategory.REGISTRATION, Kind.ERROR, false);
            row(PASSWORD_CONFIRMATION_FAILED, 10433, "Password confirmation failed.", StatusCategory.REGISTRATION, Kind.ERROR, false);
            row(COMPANY_NOT_FOUND, 10434, "The company does not exist.", StatusCategory.REGISTRATION, Kind.ERROR, false);
            row(INVALID_LOGIN_CREDENTIALS, 10435, "Incorrect login account or password.", StatusCategory.REGISTRATION, Kind.ERROR, false);
            row(APP_NOT_FOUND, 10436, "App cannot be found.", StatusCategory.REGISTRATION, Kind.ERROR, false);
            row(EMAIL_EXISTS, 10437, "Email already exists.", StatusCategory.REGISTRATION, Kind.ERROR, false);
            row(PHONE_EXISTS, 10438, "Mobile phone number already exists.", StatusCategory.REGISTRATION, Kind.ERROR, false);
            row(APP_NAME_EXISTS, 10441, "app name already exists.", StatusCategory.REGISTRATION, Kind.ERROR, false);
            row(CALL_UNREACHABLE, 11001, "The call is unreachable, and the caller goes offline.", StatusCategory.AV_CALL, Kind.ERROR, false);
            row(CHATROOM_IM_LINK_ERROR, 13001, "IM connection is abnormal.", StatusCategory.CHATROOM, Kind.ERROR, true);
            row(CHATROOM_STATUS_ERROR, 13002, "Chat room status is abnormal.", StatusCategory.CHATROOM, Kind.ERROR, false);
            row(CHATROOM_BLOCKLISTED, 13003, "The account is in the blocklist, it is prohibited from joining the chat room.", StatusCategory.CHATROOM, Kind.ERROR, false);
            row(CHATROOM_MUTED, 13004, "Banned accounts are not allowed to send messages.", StatusCategory.CHATROOM, Kind.ERROR, false);
            row(CHATROOM_ANTISPAM_FILTERED, 13005, "The profile name and profile picture in a chat room or extension field of a member is filtered by the anti-spam service.", StatusCategory.CHATROOM, Kind.ERROR, false);
        }
    }
}

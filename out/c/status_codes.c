/* Generated from spec/status-codes.yaml by status-codegen — do not edit. */

#include "status_codes.h"

const char status_code_table_version[] = "1.0.0";

const status_code_category_info status_code_category_table[] = {
    { "general", "General", "Codes any request can return, from login and permissions to rate limits and server errors." },
    { "team", "Team", "Codes returned by team (group chat) operations, codes 801 to 815." },
    { "av-call", "Audio & video calls and whiteboard", "Codes returned by audio and video calls and by the whiteboard." },
    { "chatroom", "Chat room", "Codes returned by chat room operations." },
    { "registration", "Account registration service", "Codes returned by the account registration service (one of the table's \"specific services\"): mailbox and phone formats, companies, apps and existing accounts." },
    { "signaling", "Signaling service", "Codes returned by the signaling service (one of the table's \"specific services\"): rooms, members, invitations and offline peers." },
};

const size_t status_code_category_count = sizeof status_code_category_table / sizeof status_code_category_table[0];

/* Numbers rather than enumerators: naming a deprecated one here would make the compiler warn. */
const status_code_info status_code_table[] = {
    { 200, "OK", "general", "The operation succeeded.", "success", false },
    { 201, "INVALID_VERSION", "general", "Incorrect client version. You must upgrade the SDK.", "error", false },
    { 301, "ACCOUNT_OR_CHANNEL_BANNED", "general", "The account or channel is banned.", "error", false },
    { 302, "INVALID_PASSWORD", "general", "Incorrect user name or password.", "error", false },
    { 315, "IP_NOT_ALLOWED", "general", "IP address restriction.", "error", false },
    { 403, "FORBIDDEN", "general", "Invalid operation or no permission", "error", false },
    { 404, "NOT_FOUND", "general", "No object found", "error", false },
    { 405, "PARAMETER_TOO_LONG", "general", "The parameter length is too long", "error", false },
    { 406, "READ_ONLY", "general", "Read-only object", "error", false },
    { 408, "TIMEOUT", "general", "Client request times out", "error", true },
    { 413, "SMS_VERIFICATION_FAILED", "general", "SMS verification failed", "error", false },
    { 414, "PARAMETER_ERROR", "general", "Error parameters", "error", false },
    { 415, "CONNECTION_ERROR", "general", "Client network issue", "error", true },
    { 416, "RATE_LIMIT", "general", "Rate upper limit is reached.", "error", true },
    { 417, "ALREADY_EXISTS", "general", "Repeated operation", "error", false },
    { 418, "SMS_CHANNEL_UNAVAILABLE", "general", "SMS channel is not available", "error", true },
    { 419, "LIMIT_EXCEEDED", "general", "The quantity exceeds the upper limit", "error", false },
    { 422, "ACCOUNT_BLOCKED", "general", "Account is banned.", "error", false },
    { 423, "ACCOUNT_MUTED", "general", "Account is muted.", "error", false },
    { 431, "DUPLICATE_HTTP_REQUEST", "general", "HTTP request is repeated.", "error", false },
    { 500, "SERVER_INTERNAL_ERROR", "general", "Server internal error.", "error", false },
    { 503, "SERVER_BUSY", "general", "Server is busy.", "error", true },
    { 508, "MESSAGE_RECALL_EXPIRED", "general", "Message recall times out.", "error", false },
    { 509, "INVALID_PROTOCOL", "general", "Invalid protocol.", "error", false },
    { 514, "SERVICE_UNAVAILABLE", "general", "Service unavailable.", "error", true },
    { 801, "TEAM_MEMBER_LIMIT", "team", "The number of team members exceeds the upper limit.", "error", false },
    { 802, "TEAM_ACCESS_DENIED", "team", "No permissions.", "error", false },
    { 803, "TEAM_NOT_FOUND", "team", "Team does not exist.", "error", false },
    { 804, "NOT_IN_TEAM", "team", "User does not join the team.", "error", false },
    { 805, "TEAM_TYPE_MISMATCH", "team", "Team type does not match.", "error", false },
    { 806, "TEAM_COUNT_LIMIT", "team", "The number of teams created reaches the upper limit.", "error", false },
    { 807, "TEAM_MEMBER_STATUS_ERROR", "team", "Team member status error.", "error", false },
    { 808, "TEAM_APPLY_SUCCESS", "team", "Application approved.", "success", false },
    { 809, "ALREADY_IN_TEAM", "team", "User is already in the team.", "error", false },
    { 810, "TEAM_INVITE_SUCCESS", "team", "Successfully invited.", "success", false },
    { 811, "MENTION_LIMIT", "team", "The number of @ mentioned accounts exceeds the upper limit.", "error", false },
    { 812, "TEAM_MUTED", "team", "The team is muted, and ordinary members are not allowed to send messages.", "error", false },
    { 813, "TEAM_INVITE_PARTIAL_SUCCESS", "team", "Successful partial invitation of team members.", "info", false },
    { 814, "TEAM_READ_RECEIPT_DISABLED", "team", "Team read receipt is prohibited.", "error", false },
    { 815, "TEAM_ADMIN_LIMIT", "team", "The number of team administrators exceeds the upper limit.", "error", false },
    { 998, "UNPACK_ERROR", "general", "Unpacking error.", "error", false },
    { 999, "PACK_ERROR", "general", "Packaging error.", "error", false },
    { 9102, "CHANNEL_FAILED", "av-call", "Channel fails.", "error", false },
    { 9103, "CALL_ANSWERED_ELSEWHERE", "av-call", "The call is responded on other device.", "error", false },
    { 10201, "SIGNAL_PEER_OFFLINE", "signaling", "The CommsEase account of a peer is offline.", "error", false },
    { 10202, "SIGNAL_PEER_PUSH_OFFLINE", "signaling", "The CommsEase account of a peer is offline, and push notifications can not be delivered.", "error", false },
    { 10404, "SIGNAL_ROOM_NOT_FOUND", "signaling", "The room does not exist", "error", false },
    { 10405, "SIGNAL_ROOM_EXISTS", "signaling", "The room already exists", "error", false },
    { 10406, "SIGNAL_NOT_IN_ROOM", "signaling", "The user is not in the room", "error", false },
    { 10407, "SIGNAL_ALREADY_IN_ROOM", "signaling", "The user already exists in the room", "error", false },
    { 10408, "SIGNAL_INVITE_NOT_FOUND", "signaling", "Invitation does not exist or has expired.", "error", false },
    { 10409, "SIGNAL_INVITE_REJECTED", "signaling", "Invitation is rejected.", "error", false },
    { 10410, "SIGNAL_INVITE_ACCEPTED", "signaling", "Invitation is accepted.", "error", false },
    { 10417, "SIGNAL_UID_CONFLICT", "signaling", "Duplicate Uids.", "error", false },
    { 10419, "SIGNAL_ROOM_MEMBER_LIMIT", "signaling", "The number of room members reaches the upper limit.", "error", false },
    { 10420, "SIGNAL_ALREADY_IN_ROOM_ELSEWHERE", "signaling", "The user already exists in the room (joining from other ends)", "error", false },
    { 10431, "INVALID_EMAIL_FORMAT", "registration", "The mailbox format is invalid.", "error", false },
    { 10432, "INVALID_PHONE_FORMAT", "registration", "Mobile phone format is invalid.", "error", false },
    { 10433, "PASSWORD_CONFIRMATION_FAILED", "registration", "Password confirmation failed.", "error", false },
    { 10434, "COMPANY_NOT_FOUND", "registration", "The company does not exist.", "error", false },
    { 10435, "INVALID_LOGIN_CREDENTIALS", "registration", "Incorrect login account or password.", "error", false },
    { 10436, "APP_NOT_FOUND", "registration", "App cannot be found.", "error", false },
    { 10437, "EMAIL_EXISTS", "registration", "Email already exists.", "error", false },
    { 10438, "PHONE_EXISTS", "registration", "Mobile phone number already exists.", "error", false },
    { 10441, "APP_NAME_EXISTS", "registration", "app name already exists.", "error", false },
    { 11001, "CALL_UNREACHABLE", "av-call", "The call is unreachable, and the caller goes offline.", "error", false },
    { 13001, "CHATROOM_IM_LINK_ERROR", "chatroom", "IM connection is abnormal.", "error", true },
    { 13002, "CHATROOM_STATUS_ERROR", "chatroom", "Chat room status is abnormal.", "error", false },
    { 13003, "CHATROOM_BLOCKLISTED", "chatroom", "The account is in the blocklist, it is prohibited from joining the chat room.", "error", false },
    { 13004, "CHATROOM_MUTED", "chatroom", "Banned accounts are not allowed to send messages.", "error", false },
    { 13005, "CHATROOM_ANTISPAM_FILTERED", "chatroom", "The profile name and profile picture in a chat room or extension field of a member is filtered by the anti-spam service.", "error", false },
};

const size_t status_code_count = sizeof status_code_table / sizeof status_code_table[0];

const status_code_info *status_code_find(int code)
{
    size_t low = 0;
    size_t high = sizeof status_code_table / sizeof status_code_table[0];
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        int found = status_code_table[middle].code;
        if (found == code) {
            return &status_code_table[middle];
        }
        if (found < code) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return NULL;
}

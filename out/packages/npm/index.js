// Generated from spec/status-codes.yaml by status-codegen — do not edit.
// The ES module of @commsease/status-codes: what the TypeScript output declares, as JavaScript.

/** The version of the status-code table this file was generated from: the spec's `version`. */
export const statusCodesVersion = "1.0.0";

/** Every status code, by its canonical name. */
export const StatusCode = {
  /** The operation succeeded. */
  OK: 200,
  /** Incorrect client version. You must upgrade the SDK. */
  INVALID_VERSION: 201,
  /** The account or channel is banned. */
  ACCOUNT_OR_CHANNEL_BANNED: 301,
  /** Incorrect user name or password. */
  INVALID_PASSWORD: 302,
  /** IP address restriction. */
  IP_NOT_ALLOWED: 315,
  /** Invalid operation or no permission */
  FORBIDDEN: 403,
  /** No object found */
  NOT_FOUND: 404,
  /** The parameter length is too long */
  PARAMETER_TOO_LONG: 405,
  /** Read-only object */
  READ_ONLY: 406,
  /** Client request times out */
  TIMEOUT: 408,
  /** SMS verification failed */
  SMS_VERIFICATION_FAILED: 413,
  /** Error parameters */
  PARAMETER_ERROR: 414,
  /** Client network issue */
  CONNECTION_ERROR: 415,
  /** Rate upper limit is reached. */
  RATE_LIMIT: 416,
  /** Repeated operation */
  ALREADY_EXISTS: 417,
  /** SMS channel is not available */
  SMS_CHANNEL_UNAVAILABLE: 418,
  /** The quantity exceeds the upper limit */
  LIMIT_EXCEEDED: 419,
  /** Account is banned. */
  ACCOUNT_BLOCKED: 422,
  /** Account is muted. */
  ACCOUNT_MUTED: 423,
  /** HTTP request is repeated. */
  DUPLICATE_HTTP_REQUEST: 431,
  /** Server internal error. */
  SERVER_INTERNAL_ERROR: 500,
  /** Server is busy. */
  SERVER_BUSY: 503,
  /** Message recall times out. */
  MESSAGE_RECALL_EXPIRED: 508,
  /** Invalid protocol. */
  INVALID_PROTOCOL: 509,
  /** Service unavailable. */
  SERVICE_UNAVAILABLE: 514,
  /** The number of team members exceeds the upper limit. */
  TEAM_MEMBER_LIMIT: 801,
  /** No permissions. */
  TEAM_ACCESS_DENIED: 802,
  /** Team does not exist. */
  TEAM_NOT_FOUND: 803,
  /** User does not join the team. */
  NOT_IN_TEAM: 804,
  /** Team type does not match. */
  TEAM_TYPE_MISMATCH: 805,
  /** The number of teams created reaches the upper limit. */
  TEAM_COUNT_LIMIT: 806,
  /** Team member status error. */
  TEAM_MEMBER_STATUS_ERROR: 807,
  /** Application approved. */
  TEAM_APPLY_SUCCESS: 808,
  /** User is already in the team. */
  ALREADY_IN_TEAM: 809,
  /** Successfully invited. */
  TEAM_INVITE_SUCCESS: 810,
  /** The number of @ mentioned accounts exceeds the upper limit. */
  MENTION_LIMIT: 811,
  /** The team is muted, and ordinary members are not allowed to send messages. */
  TEAM_MUTED: 812,
  /** Successful partial invitation of team members. */
  TEAM_INVITE_PARTIAL_SUCCESS: 813,
  /** Team read receipt is prohibited. */
  TEAM_READ_RECEIPT_DISABLED: 814,
  /** The number of team administrators exceeds the upper limit. */
  TEAM_ADMIN_LIMIT: 815,
  /** Unpacking error. */
  UNPACK_ERROR: 998,
  /** Packaging error. */
  PACK_ERROR: 999,
  /** Channel fails. */
  CHANNEL_FAILED: 9102,
  /** The call is responded on other device. */
  CALL_ANSWERED_ELSEWHERE: 9103,
  /** The CommsEase account of a peer is offline. */
  SIGNAL_PEER_OFFLINE: 10201,
  /** The CommsEase account of a peer is offline, and push notifications can not be delivered. */
  SIGNAL_PEER_PUSH_OFFLINE: 10202,
  /** The room does not exist */
  SIGNAL_ROOM_NOT_FOUND: 10404,
  /** The room already exists */
  SIGNAL_ROOM_EXISTS: 10405,
  /** The user is not in the room */
  SIGNAL_NOT_IN_ROOM: 10406,
  /** The user already exists in the room */
  SIGNAL_ALREADY_IN_ROOM: 10407,
  /** Invitation does not exist or has expired. */
  SIGNAL_INVITE_NOT_FOUND: 10408,
  /** Invitation is rejected. */
  SIGNAL_INVITE_REJECTED: 10409,
  /** Invitation is accepted. */
  SIGNAL_INVITE_ACCEPTED: 10410,
  /** Duplicate Uids. */
  SIGNAL_UID_CONFLICT: 10417,
  /** The number of room members reaches the upper limit. */
  SIGNAL_ROOM_MEMBER_LIMIT: 10419,
  /** The user already exists in the room (joining from other ends) */
  SIGNAL_ALREADY_IN_ROOM_ELSEWHERE: 10420,
  /** The mailbox format is invalid. */
  INVALID_EMAIL_FORMAT: 10431,
  /** Mobile phone format is invalid. */
  INVALID_PHONE_FORMAT: 10432,
  /** Password confirmation failed. */
  PASSWORD_CONFIRMATION_FAILED: 10433,
  /** The company does not exist. */
  COMPANY_NOT_FOUND: 10434,
  /** Incorrect login account or password. */
  INVALID_LOGIN_CREDENTIALS: 10435,
  /** App cannot be found. */
  APP_NOT_FOUND: 10436,
  /** Email already exists. */
  EMAIL_EXISTS: 10437,
  /** Mobile phone number already exists. */
  PHONE_EXISTS: 10438,
  /** app name already exists. */
  APP_NAME_EXISTS: 10441,
  /** The call is unreachable, and the caller goes offline. */
  CALL_UNREACHABLE: 11001,
  /** IM connection is abnormal. */
  CHATROOM_IM_LINK_ERROR: 13001,
  /** Chat room status is abnormal. */
  CHATROOM_STATUS_ERROR: 13002,
  /** The account is in the blocklist, it is prohibited from joining the chat room. */
  CHATROOM_BLOCKLISTED: 13003,
  /** Banned accounts are not allowed to send messages. */
  CHATROOM_MUTED: 13004,
  /** The profile name and profile picture in a chat room or extension field of a member is filtered by the anti-spam service. */
  CHATROOM_ANTISPAM_FILTERED: 13005,
  // Names earlier SDKs used, kept so that code written against them still runs. All deprecated.
  /**
   * kNIMResSuccess is a name from the desktop SDKs for 200 OK.
   *
   * @deprecated Use {@link StatusCode.OK} instead.
   */
  kNIMResSuccess: 200,
  /**
   * kNIMResVersionError is a name from the desktop SDKs for 201 INVALID_VERSION.
   *
   * @deprecated Use {@link StatusCode.INVALID_VERSION} instead.
   */
  kNIMResVersionError: 201,
  /**
   * kNIMResUidPassError is a name from the desktop SDKs for 302 INVALID_PASSWORD.
   *
   * @deprecated Use {@link StatusCode.INVALID_PASSWORD} instead.
   */
  kNIMResUidPassError: 302,
  /**
   * kNIMResForbidden is a name from the desktop SDKs for 403 FORBIDDEN.
   *
   * @deprecated Use {@link StatusCode.FORBIDDEN} instead.
   */
  kNIMResForbidden: 403,
  /**
   * kNIMResNotExist is a name from the desktop SDKs for 404 NOT_FOUND.
   *
   * @deprecated Use {@link StatusCode.NOT_FOUND} instead.
   */
  kNIMResNotExist: 404,
  /**
   * kNIMResTimeoutError is a name from the desktop SDKs for 408 TIMEOUT.
   *
   * @deprecated Use {@link StatusCode.TIMEOUT} instead.
   */
  kNIMResTimeoutError: 408,
  /**
   * kNIMResParameterError is a name from the desktop SDKs for 414 PARAMETER_ERROR.
   *
   * @deprecated Use {@link StatusCode.PARAMETER_ERROR} instead.
   */
  kNIMResParameterError: 414,
  /**
   * kNIMResConnectionError is a name from the desktop SDKs for 415 CONNECTION_ERROR.
   *
   * @deprecated Use {@link StatusCode.CONNECTION_ERROR} instead.
   */
  kNIMResConnectionError: 415,
  /**
   * kNIMResFrequently is a name from the desktop SDKs for 416 RATE_LIMIT.
   *
   * @deprecated Use {@link StatusCode.RATE_LIMIT} instead.
   */
  kNIMResFrequently: 416,
  /**
   * kNIMResExist is a name from the desktop SDKs for 417 ALREADY_EXISTS.
   *
   * @deprecated Use {@link StatusCode.ALREADY_EXISTS} instead.
   */
  kNIMResExist: 417,
  /**
   * kNIMResOverrun is a name from the desktop SDKs for 419 LIMIT_EXCEEDED.
   *
   * @deprecated Use {@link StatusCode.LIMIT_EXCEEDED} instead.
   */
  kNIMResOverrun: 419,
  /**
   * kNIMResAccountBlock is a name from the desktop SDKs for 422 ACCOUNT_BLOCKED.
   *
   * @deprecated Use {@link StatusCode.ACCOUNT_BLOCKED} instead.
   */
  kNIMResAccountBlock: 422,
  /**
   * kNIMResUnknownError is a name from the desktop SDKs for 500 SERVER_INTERNAL_ERROR.
   *
   * @deprecated Use {@link StatusCode.SERVER_INTERNAL_ERROR} instead.
   */
  kNIMResUnknownError: 500,
  /**
   * kNIMResTooBuzy is a name from the desktop SDKs for 503 SERVER_BUSY.
   *
   * @deprecated Use {@link StatusCode.SERVER_BUSY} instead.
   */
  kNIMResTooBuzy: 503,
  /**
   * kNIMResExceedLimit is a name from the desktop SDKs for 508 MESSAGE_RECALL_EXPIRED.
   *
   * @deprecated Use {@link StatusCode.MESSAGE_RECALL_EXPIRED} instead.
   */
  kNIMResExceedLimit: 508,
  /**
   * kNIMResInvalid is a name from the desktop SDKs for 509 INVALID_PROTOCOL.
   *
   * @deprecated Use {@link StatusCode.INVALID_PROTOCOL} instead.
   */
  kNIMResInvalid: 509,
  /**
   * kNIMResTeamECountLimit is a name from the desktop SDKs for 801 TEAM_MEMBER_LIMIT.
   *
   * @deprecated Use {@link StatusCode.TEAM_MEMBER_LIMIT} instead.
   */
  kNIMResTeamECountLimit: 801,
  /**
   * kNIMResTeamENAccess is a name from the desktop SDKs for 802 TEAM_ACCESS_DENIED.
   *
   * @deprecated Use {@link StatusCode.TEAM_ACCESS_DENIED} instead.
   */
  kNIMResTeamENAccess: 802,
  /**
   * kNIMResTeamENotExist is a name from the desktop SDKs for 803 TEAM_NOT_FOUND.
   *
   * @deprecated Use {@link StatusCode.TEAM_NOT_FOUND} instead.
   */
  kNIMResTeamENotExist: 803,
  /**
   * kNIMResTeamEMemberNotExist is a name from the desktop SDKs for 804 NOT_IN_TEAM.
   *
   * @deprecated Use {@link StatusCode.NOT_IN_TEAM} instead.
   */
  kNIMResTeamEMemberNotExist: 804,
  /**
   * kNIMResTeamErrType is a name from the desktop SDKs for 805 TEAM_TYPE_MISMATCH.
   *
   * @deprecated Use {@link StatusCode.TEAM_TYPE_MISMATCH} instead.
   */
  kNIMResTeamErrType: 805,
  /**
   * kNIMResTeamLimit is a name from the desktop SDKs for 806 TEAM_COUNT_LIMIT.
   *
   * @deprecated Use {@link StatusCode.TEAM_COUNT_LIMIT} instead.
   */
  kNIMResTeamLimit: 806,
  /**
   * kNIMResTeamUserStatusErr is a name from the desktop SDKs for 807 TEAM_MEMBER_STATUS_ERROR.
   *
   * @deprecated Use {@link StatusCode.TEAM_MEMBER_STATUS_ERROR} instead.
   */
  kNIMResTeamUserStatusErr: 807,
  /**
   * kNIMResTeamApplySuccess is a name from the desktop SDKs for 808 TEAM_APPLY_SUCCESS.
   *
   * @deprecated Use {@link StatusCode.TEAM_APPLY_SUCCESS} instead.
   */
  kNIMResTeamApplySuccess: 808,
  /**
   * kNIMResTeamAlreadyIn is a name from the desktop SDKs for 809 ALREADY_IN_TEAM.
   *
   * @deprecated Use {@link StatusCode.ALREADY_IN_TEAM} instead.
   */
  kNIMResTeamAlreadyIn: 809,
  /**
   * kNIMResTeamInviteSuccess is a name from the desktop SDKs for 810 TEAM_INVITE_SUCCESS.
   *
   * @deprecated Use {@link StatusCode.TEAM_INVITE_SUCCESS} instead.
   */
  kNIMResTeamInviteSuccess: 810,
  /**
   * kNIMResForcePushCountLimit is a name from the desktop SDKs for 811 MENTION_LIMIT.
   *
   * @deprecated Use {@link StatusCode.MENTION_LIMIT} instead.
   */
  kNIMResForcePushCountLimit: 811,
  /**
   * kNIMResEUnpacket is a name from the desktop SDKs for 998 UNPACK_ERROR.
   *
   * @deprecated Use {@link StatusCode.UNPACK_ERROR} instead.
   */
  kNIMResEUnpacket: 998,
  /**
   * kNIMResEPacket is a name from the desktop SDKs for 999 PACK_ERROR.
   *
   * @deprecated Use {@link StatusCode.PACK_ERROR} instead.
   */
  kNIMResEPacket: 999,
  /**
   * kNIMResPeerNimOffline is a name from the desktop SDKs for 10201 SIGNAL_PEER_OFFLINE.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_PEER_OFFLINE} instead.
   */
  kNIMResPeerNimOffline: 10201,
  /**
   * kNIMResPeerPushOffline is a name from the desktop SDKs for 10202 SIGNAL_PEER_PUSH_OFFLINE.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_PEER_PUSH_OFFLINE} instead.
   */
  kNIMResPeerPushOffline: 10202,
  /**
   * kNIMResRoomNotExists is a name from the desktop SDKs for 10404 SIGNAL_ROOM_NOT_FOUND.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_ROOM_NOT_FOUND} instead.
   */
  kNIMResRoomNotExists: 10404,
  /**
   * kNIMResRoomHasExists is a name from the desktop SDKs for 10405 SIGNAL_ROOM_EXISTS.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_ROOM_EXISTS} instead.
   */
  kNIMResRoomHasExists: 10405,
  /**
   * kNIMResRoomMemberNotExists is a name from the desktop SDKs for 10406 SIGNAL_NOT_IN_ROOM.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_NOT_IN_ROOM} instead.
   */
  kNIMResRoomMemberNotExists: 10406,
  /**
   * kNIMResRoomMemberHasExists is a name from the desktop SDKs for 10407 SIGNAL_ALREADY_IN_ROOM.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_ALREADY_IN_ROOM} instead.
   */
  kNIMResRoomMemberHasExists: 10407,
  /**
   * kNIMResRoomInviteNotExists is a name from the desktop SDKs for 10408 SIGNAL_INVITE_NOT_FOUND.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_INVITE_NOT_FOUND} instead.
   */
  kNIMResRoomInviteNotExists: 10408,
  /**
   * kNIMResRoomInviteHasReject is a name from the desktop SDKs for 10409 SIGNAL_INVITE_REJECTED.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_INVITE_REJECTED} instead.
   */
  kNIMResRoomInviteHasReject: 10409,
  /**
   * kNIMResRoomInviteHasAccept is a name from the desktop SDKs for 10410 SIGNAL_INVITE_ACCEPTED.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_INVITE_ACCEPTED} instead.
   */
  kNIMResRoomInviteHasAccept: 10410,
  /**
   * kNIMResRoomUidConflict is a name from the desktop SDKs for 10417 SIGNAL_UID_CONFLICT.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_UID_CONFLICT} instead.
   */
  kNIMResRoomUidConflict: 10417,
  /**
   * kNIMResRoomMemberExceed is a name from the desktop SDKs for 10419 SIGNAL_ROOM_MEMBER_LIMIT.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_ROOM_MEMBER_LIMIT} instead.
   */
  kNIMResRoomMemberExceed: 10419,
  /**
   * kNIMResRoomMemberHasExistsOtherClient is a name from the desktop SDKs for 10420 SIGNAL_ALREADY_IN_ROOM_ELSEWHERE.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_ALREADY_IN_ROOM_ELSEWHERE} instead.
   */
  kNIMResRoomMemberHasExistsOtherClient: 10420,
  /**
   * kNIMResRoomLinkError is a name from the desktop SDKs for 13001 CHATROOM_IM_LINK_ERROR.
   *
   * @deprecated Use {@link StatusCode.CHATROOM_IM_LINK_ERROR} instead.
   */
  kNIMResRoomLinkError: 13001,
  /**
   * kNIMResRoomError is a name from the desktop SDKs for 13002 CHATROOM_STATUS_ERROR.
   *
   * @deprecated Use {@link StatusCode.CHATROOM_STATUS_ERROR} instead.
   */
  kNIMResRoomError: 13002,
  /**
   * kNIMResRoomBlackBeOut is a name from the desktop SDKs for 13003 CHATROOM_BLOCKLISTED.
   *
   * @deprecated Use {@link StatusCode.CHATROOM_BLOCKLISTED} instead.
   */
  kNIMResRoomBlackBeOut: 13003,
  /**
   * kNIMResRoomBeMuted is a name from the desktop SDKs for 13004 CHATROOM_MUTED.
   *
   * @deprecated Use {@link StatusCode.CHATROOM_MUTED} instead.
   */
  kNIMResRoomBeMuted: 13004,
};

/** Every category, in the order the reference lists them. */
export const statusCategories = [
  { id: "general", title: "General", description: "Codes any request can return, from login and permissions to rate limits and server errors." },
  { id: "team", title: "Team", description: "Codes returned by team (group chat) operations, codes 801 to 815." },
  { id: "av-call", title: "Audio & video calls and whiteboard", description: "Codes returned by audio and video calls and by the whiteboard." },
  { id: "chatroom", title: "Chat room", description: "Codes returned by chat room operations." },
  { id: "registration", title: "Account registration service", description: "Codes returned by the account registration service (one of the table's \"specific services\"): mailbox and phone formats, companies, apps and existing accounts." },
  { id: "signaling", title: "Signaling service", description: "Codes returned by the signaling service (one of the table's \"specific services\"): rooms, members, invitations and offline peers." },
];

/** Every status code, sorted by code. */
export const statusCodes = [
  { code: 200, name: "OK", category: "general", message: "The operation succeeded.", kind: "success", retryable: false },
  { code: 201, name: "INVALID_VERSION", category: "general", message: "Incorrect client version. You must upgrade the SDK.", kind: "error", retryable: false },
  { code: 301, name: "ACCOUNT_OR_CHANNEL_BANNED", category: "general", message: "The account or channel is banned.", kind: "error", retryable: false },
  { code: 302, name: "INVALID_PASSWORD", category: "general", message: "Incorrect user name or password.", kind: "error", retryable: false },
  { code: 315, name: "IP_NOT_ALLOWED", category: "general", message: "IP address restriction.", kind: "error", retryable: false },
  { code: 403, name: "FORBIDDEN", category: "general", message: "Invalid operation or no permission", kind: "error", retryable: false },
  { code: 404, name: "NOT_FOUND", category: "general", message: "No object found", kind: "error", retryable: false },
  { code: 405, name: "PARAMETER_TOO_LONG", category: "general", message: "The parameter length is too long", kind: "error", retryable: false },
  { code: 406, name: "READ_ONLY", category: "general", message: "Read-only object", kind: "error", retryable: false },
  { code: 408, name: "TIMEOUT", category: "general", message: "Client request times out", kind: "error", retryable: true },
  { code: 413, name: "SMS_VERIFICATION_FAILED", category: "general", message: "SMS verification failed", kind: "error", retryable: false },
  { code: 414, name: "PARAMETER_ERROR", category: "general", message: "Error parameters", kind: "error", retryable: false },
  { code: 415, name: "CONNECTION_ERROR", category: "general", message: "Client network issue", kind: "error", retryable: true },
  { code: 416, name: "RATE_LIMIT", category: "general", message: "Rate upper limit is reached.", kind: "error", retryable: true },
  { code: 417, name: "ALREADY_EXISTS", category: "general", message: "Repeated operation", kind: "error", retryable: false },
  { code: 418, name: "SMS_CHANNEL_UNAVAILABLE", category: "general", message: "SMS channel is not available", kind: "error", retryable: true },
  { code: 419, name: "LIMIT_EXCEEDED", category: "general", message: "The quantity exceeds the upper limit", kind: "error", retryable: false },
  { code: 422, name: "ACCOUNT_BLOCKED", category: "general", message: "Account is banned.", kind: "error", retryable: false },
  { code: 423, name: "ACCOUNT_MUTED", category: "general", message: "Account is muted.", kind: "error", retryable: false },
  { code: 431, name: "DUPLICATE_HTTP_REQUEST", category: "general", message: "HTTP request is repeated.", kind: "error", retryable: false },
  { code: 500, name: "SERVER_INTERNAL_ERROR", category: "general", message: "Server internal error.", kind: "error", retryable: false },
  { code: 503, name: "SERVER_BUSY", category: "general", message: "Server is busy.", kind: "error", retryable: true },
  { code: 508, name: "MESSAGE_RECALL_EXPIRED", category: "general", message: "Message recall times out.", kind: "error", retryable: false },
  { code: 509, name: "INVALID_PROTOCOL", category: "general", message: "Invalid protocol.", kind: "error", retryable: false },
  { code: 514, name: "SERVICE_UNAVAILABLE", category: "general", message: "Service unavailable.", kind: "error", retryable: true },
  { code: 801, name: "TEAM_MEMBER_LIMIT", category: "team", message: "The number of team members exceeds the upper limit.", kind: "error", retryable: false },
  { code: 802, name: "TEAM_ACCESS_DENIED", category: "team", message: "No permissions.", kind: "error", retryable: false },
  { code: 803, name: "TEAM_NOT_FOUND", category: "team", message: "Team does not exist.", kind: "error", retryable: false },
  { code: 804, name: "NOT_IN_TEAM", category: "team", message: "User does not join the team.", kind: "error", retryable: false },
  { code: 805, name: "TEAM_TYPE_MISMATCH", category: "team", message: "Team type does not match.", kind: "error", retryable: false },
  { code: 806, name: "TEAM_COUNT_LIMIT", category: "team", message: "The number of teams created reaches the upper limit.", kind: "error", retryable: false },
  { code: 807, name: "TEAM_MEMBER_STATUS_ERROR", category: "team", message: "Team member status error.", kind: "error", retryable: false },
  { code: 808, name: "TEAM_APPLY_SUCCESS", category: "team", message: "Application approved.", kind: "success", retryable: false },
  { code: 809, name: "ALREADY_IN_TEAM", category: "team", message: "User is already in the team.", kind: "error", retryable: false },
  { code: 810, name: "TEAM_INVITE_SUCCESS", category: "team", message: "Successfully invited.", kind: "success", retryable: false },
  { code: 811, name: "MENTION_LIMIT", category: "team", message: "The number of @ mentioned accounts exceeds the upper limit.", kind: "error", retryable: false },
  { code: 812, name: "TEAM_MUTED", category: "team", message: "The team is muted, and ordinary members are not allowed to send messages.", kind: "error", retryable: false },
  { code: 813, name: "TEAM_INVITE_PARTIAL_SUCCESS", category: "team", message: "Successful partial invitation of team members.", kind: "info", retryable: false },
  { code: 814, name: "TEAM_READ_RECEIPT_DISABLED", category: "team", message: "Team read receipt is prohibited.", kind: "error", retryable: false },
  { code: 815, name: "TEAM_ADMIN_LIMIT", category: "team", message: "The number of team administrators exceeds the upper limit.", kind: "error", retryable: false },
  { code: 998, name: "UNPACK_ERROR", category: "general", message: "Unpacking error.", kind: "error", retryable: false },
  { code: 999, name: "PACK_ERROR", category: "general", message: "Packaging error.", kind: "error", retryable: false },
  { code: 9102, name: "CHANNEL_FAILED", category: "av-call", message: "Channel fails.", kind: "error", retryable: false },
  { code: 9103, name: "CALL_ANSWERED_ELSEWHERE", category: "av-call", message: "The call is responded on other device.", kind: "error", retryable: false },
  { code: 10201, name: "SIGNAL_PEER_OFFLINE", category: "signaling", message: "The CommsEase account of a peer is offline.", kind: "error", retryable: false },
  { code: 10202, name: "SIGNAL_PEER_PUSH_OFFLINE", category: "signaling", message: "The CommsEase account of a peer is offline, and push notifications can not be delivered.", kind: "error", retryable: false },
  { code: 10404, name: "SIGNAL_ROOM_NOT_FOUND", category: "signaling", message: "The room does not exist", kind: "error", retryable: false },
  { code: 10405, name: "SIGNAL_ROOM_EXISTS", category: "signaling", message: "The room already exists", kind: "error", retryable: false },
  { code: 10406, name: "SIGNAL_NOT_IN_ROOM", category: "signaling", message: "The user is not in the room", kind: "error", retryable: false },
  { code: 10407, name: "SIGNAL_ALREADY_IN_ROOM", category: "signaling", message: "The user already exists in the room", kind: "error", retryable: false },
  { code: 10408, name: "SIGNAL_INVITE_NOT_FOUND", category: "signaling", message: "Invitation does not exist or has expired.", kind: "error", retryable: false },
  { code: 10409, name: "SIGNAL_INVITE_REJECTED", category: "signaling", message: "Invitation is rejected.", kind: "error", retryable: false },
  { code: 10410, name: "SIGNAL_INVITE_ACCEPTED", category: "signaling", message: "Invitation is accepted.", kind: "error", retryable: false },
  { code: 10417, name: "SIGNAL_UID_CONFLICT", category: "signaling", message: "Duplicate Uids.", kind: "error", retryable: false },
  { code: 10419, name: "SIGNAL_ROOM_MEMBER_LIMIT", category: "signaling", message: "The number of room members reaches the upper limit.", kind: "error", retryable: false },
  { code: 10420, name: "SIGNAL_ALREADY_IN_ROOM_ELSEWHERE", category: "signaling", message: "The user already exists in the room (joining from other ends)", kind: "error", retryable: false },
  { code: 10431, name: "INVALID_EMAIL_FORMAT", category: "registration", message: "The mailbox format is invalid.", kind: "error", retryable: false },
  { code: 10432, name: "INVALID_PHONE_FORMAT", category: "registration", message: "Mobile phone format is invalid.", kind: "error", retryable: false },
  { code: 10433, name: "PASSWORD_CONFIRMATION_FAILED", category: "registration", message: "Password confirmation failed.", kind: "error", retryable: false },
  { code: 10434, name: "COMPANY_NOT_FOUND", category: "registration", message: "The company does not exist.", kind: "error", retryable: false },
  { code: 10435, name: "INVALID_LOGIN_CREDENTIALS", category: "registration", message: "Incorrect login account or password.", kind: "error", retryable: false },
  { code: 10436, name: "APP_NOT_FOUND", category: "registration", message: "App cannot be found.", kind: "error", retryable: false },
  { code: 10437, name: "EMAIL_EXISTS", category: "registration", message: "Email already exists.", kind: "error", retryable: false },
  { code: 10438, name: "PHONE_EXISTS", category: "registration", message: "Mobile phone number already exists.", kind: "error", retryable: false },
  { code: 10441, name: "APP_NAME_EXISTS", category: "registration", message: "app name already exists.", kind: "error", retryable: false },
  { code: 11001, name: "CALL_UNREACHABLE", category: "av-call", message: "The call is unreachable, and the caller goes offline.", kind: "error", retryable: false },
  { code: 13001, name: "CHATROOM_IM_LINK_ERROR", category: "chatroom", message: "IM connection is abnormal.", kind: "error", retryable: true },
  { code: 13002, name: "CHATROOM_STATUS_ERROR", category: "chatroom", message: "Chat room status is abnormal.", kind: "error", retryable: false },
  { code: 13003, name: "CHATROOM_BLOCKLISTED", category: "chatroom", message: "The account is in the blocklist, it is prohibited from joining the chat room.", kind: "error", retryable: false },
  { code: 13004, name: "CHATROOM_MUTED", category: "chatroom", message: "Banned accounts are not allowed to send messages.", kind: "error", retryable: false },
  { code: 13005, name: "CHATROOM_ANTISPAM_FILTERED", category: "chatroom", message: "The profile name and profile picture in a chat room or extension field of a member is filtered by the anti-spam service.", kind: "error", retryable: false },
];

const byCode = new Map(statusCodes.map((info) => [info.code, info]));

/** The entry for `code`, or undefined when the table has no such code. */
export function statusCodeInfo(code) {
  return byCode.get(code);
}

/** True when `value` is a status code number this table knows. */
export function isStatusCode(value) {
  return typeof value === "number" && byCode.has(value);
}

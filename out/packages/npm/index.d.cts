// Generated from spec/status-codes.yaml by status-codegen — do not edit.
// The types of ./index.cjs, the CommonJS module of @commsease/status-codes: what the TypeScript output declares.

/** The version of the status-code table this file was generated from: the spec's `version`. */
export declare const statusCodesVersion: "1.0.0";

/** Every status code, by its canonical name. */
export declare const StatusCode: {
  /** The operation succeeded. */
  readonly OK: 200;
  /** Incorrect client version. You must upgrade the SDK. */
  readonly INVALID_VERSION: 201;
  /** The account or channel is banned. */
  readonly ACCOUNT_OR_CHANNEL_BANNED: 301;
  /** Incorrect user name or password. */
  readonly INVALID_PASSWORD: 302;
  /** IP address restriction. */
  readonly IP_NOT_ALLOWED: 315;
  /** Invalid operation or no permission */
  readonly FORBIDDEN: 403;
  /** No object found */
  readonly NOT_FOUND: 404;
  /** The parameter length is too long */
  readonly PARAMETER_TOO_LONG: 405;
  /** Read-only object */
  readonly READ_ONLY: 406;
  /** Client request times out */
  readonly TIMEOUT: 408;
  /** SMS verification failed */
  readonly SMS_VERIFICATION_FAILED: 413;
  /** Error parameters */
  readonly PARAMETER_ERROR: 414;
  /** Client network issue */
  readonly CONNECTION_ERROR: 415;
  /** Rate upper limit is reached. */
  readonly RATE_LIMIT: 416;
  /** Repeated operation */
  readonly ALREADY_EXISTS: 417;
  /** SMS channel is not available */
  readonly SMS_CHANNEL_UNAVAILABLE: 418;
  /** The quantity exceeds the upper limit */
  readonly LIMIT_EXCEEDED: 419;
  /** Account is banned. */
  readonly ACCOUNT_BLOCKED: 422;
  /** Account is muted. */
  readonly ACCOUNT_MUTED: 423;
  /** HTTP request is repeated. */
  readonly DUPLICATE_HTTP_REQUEST: 431;
  /** Server internal error. */
  readonly SERVER_INTERNAL_ERROR: 500;
  /** Server is busy. */
  readonly SERVER_BUSY: 503;
  /** Message recall times out. */
  readonly MESSAGE_RECALL_EXPIRED: 508;
  /** Invalid protocol. */
  readonly INVALID_PROTOCOL: 509;
  /** Service unavailable. */
  readonly SERVICE_UNAVAILABLE: 514;
  /** The number of team members exceeds the upper limit. */
  readonly TEAM_MEMBER_LIMIT: 801;
  /** No permissions. */
  readonly TEAM_ACCESS_DENIED: 802;
  /** Team does not exist. */
  readonly TEAM_NOT_FOUND: 803;
  /** User does not join the team. */
  readonly NOT_IN_TEAM: 804;
  /** Team type does not match. */
  readonly TEAM_TYPE_MISMATCH: 805;
  /** The number of teams created reaches the upper limit. */
  readonly TEAM_COUNT_LIMIT: 806;
  /** Team member status error. */
  readonly TEAM_MEMBER_STATUS_ERROR: 807;
  /** Application approved. */
  readonly TEAM_APPLY_SUCCESS: 808;
  /** User is already in the team. */
  readonly ALREADY_IN_TEAM: 809;
  /** Successfully invited. */
  readonly TEAM_INVITE_SUCCESS: 810;
  /** The number of @ mentioned accounts exceeds the upper limit. */
  readonly MENTION_LIMIT: 811;
  /** The team is muted, and ordinary members are not allowed to send messages. */
  readonly TEAM_MUTED: 812;
  /** Successful partial invitation of team members. */
  readonly TEAM_INVITE_PARTIAL_SUCCESS: 813;
  /** Team read receipt is prohibited. */
  readonly TEAM_READ_RECEIPT_DISABLED: 814;
  /** The number of team administrators exceeds the upper limit. */
  readonly TEAM_ADMIN_LIMIT: 815;
  /** Unpacking error. */
  readonly UNPACK_ERROR: 998;
  /** Packaging error. */
  readonly PACK_ERROR: 999;
  /** Channel fails. */
  readonly CHANNEL_FAILED: 9102;
  /** The call is responded on other device. */
  readonly CALL_ANSWERED_ELSEWHERE: 9103;
  /** The CommsEase account of a peer is offline. */
  readonly SIGNAL_PEER_OFFLINE: 10201;
  /** The CommsEase account of a peer is offline, and push notifications can not be delivered. */
  readonly SIGNAL_PEER_PUSH_OFFLINE: 10202;
  /** The room does not exist */
  readonly SIGNAL_ROOM_NOT_FOUND: 10404;
  /** The room already exists */
  readonly SIGNAL_ROOM_EXISTS: 10405;
  /** The user is not in the room */
  readonly SIGNAL_NOT_IN_ROOM: 10406;
  /** The user already exists in the room */
  readonly SIGNAL_ALREADY_IN_ROOM: 10407;
  /** Invitation does not exist or has expired. */
  readonly SIGNAL_INVITE_NOT_FOUND: 10408;
  /** Invitation is rejected. */
  readonly SIGNAL_INVITE_REJECTED: 10409;
  /** Invitation is accepted. */
  readonly SIGNAL_INVITE_ACCEPTED: 10410;
  /** Duplicate Uids. */
  readonly SIGNAL_UID_CONFLICT: 10417;
  /** The number of room members reaches the upper limit. */
  readonly SIGNAL_ROOM_MEMBER_LIMIT: 10419;
  /** The user already exists in the room (joining from other ends) */
  readonly SIGNAL_ALREADY_IN_ROOM_ELSEWHERE: 10420;
  /** The mailbox format is invalid. */
  readonly INVALID_EMAIL_FORMAT: 10431;
  /** Mobile phone format is invalid. */
  readonly INVALID_PHONE_FORMAT: 10432;
  /** Password confirmation failed. */
  readonly PASSWORD_CONFIRMATION_FAILED: 10433;
  /** The company does not exist. */
  readonly COMPANY_NOT_FOUND: 10434;
  /** Incorrect login account or password. */
  readonly INVALID_LOGIN_CREDENTIALS: 10435;
  /** App cannot be found. */
  readonly APP_NOT_FOUND: 10436;
  /** Email already exists. */
  readonly EMAIL_EXISTS: 10437;
  /** Mobile phone number already exists. */
  readonly PHONE_EXISTS: 10438;
  /** app name already exists. */
  readonly APP_NAME_EXISTS: 10441;
  /** The call is unreachable, and the caller goes offline. */
  readonly CALL_UNREACHABLE: 11001;
  /** IM connection is abnormal. */
  readonly CHATROOM_IM_LINK_ERROR: 13001;
  /** Chat room status is abnormal. */
  readonly CHATROOM_STATUS_ERROR: 13002;
  /** The account is in the blocklist, it is prohibited from joining the chat room. */
  readonly CHATROOM_BLOCKLISTED: 13003;
  /** Banned accounts are not allowed to send messages. */
  readonly CHATROOM_MUTED: 13004;
  /** The profile name and profile picture in a chat room or extension field of a member is filtered by the anti-spam service. */
  readonly CHATROOM_ANTISPAM_FILTERED: 13005;
  // Names earlier SDKs used, kept so that code written against them still compiles. All deprecated.
  /**
   * kNIMResSuccess is a name from the desktop SDKs for 200 OK.
   *
   * @deprecated Use {@link StatusCode.OK} instead.
   */
  readonly kNIMResSuccess: 200;
  /**
   * kNIMResVersionError is a name from the desktop SDKs for 201 INVALID_VERSION.
   *
   * @deprecated Use {@link StatusCode.INVALID_VERSION} instead.
   */
  readonly kNIMResVersionError: 201;
  /**
   * kNIMResUidPassError is a name from the desktop SDKs for 302 INVALID_PASSWORD.
   *
   * @deprecated Use {@link StatusCode.INVALID_PASSWORD} instead.
   */
  readonly kNIMResUidPassError: 302;
  /**
   * kNIMResForbidden is a name from the desktop SDKs for 403 FORBIDDEN.
   *
   * @deprecated Use {@link StatusCode.FORBIDDEN} instead.
   */
  readonly kNIMResForbidden: 403;
  /**
   * kNIMResNotExist is a name from the desktop SDKs for 404 NOT_FOUND.
   *
   * @deprecated Use {@link StatusCode.NOT_FOUND} instead.
   */
  readonly kNIMResNotExist: 404;
  /**
   * kNIMResTimeoutError is a name from the desktop SDKs for 408 TIMEOUT.
   *
   * @deprecated Use {@link StatusCode.TIMEOUT} instead.
   */
  readonly kNIMResTimeoutError: 408;
  /**
   * kNIMResParameterError is a name from the desktop SDKs for 414 PARAMETER_ERROR.
   *
   * @deprecated Use {@link StatusCode.PARAMETER_ERROR} instead.
   */
  readonly kNIMResParameterError: 414;
  /**
   * kNIMResConnectionError is a name from the desktop SDKs for 415 CONNECTION_ERROR.
   *
   * @deprecated Use {@link StatusCode.CONNECTION_ERROR} instead.
   */
  readonly kNIMResConnectionError: 415;
  /**
   * kNIMResFrequently is a name from the desktop SDKs for 416 RATE_LIMIT.
   *
   * @deprecated Use {@link StatusCode.RATE_LIMIT} instead.
   */
  readonly kNIMResFrequently: 416;
  /**
   * kNIMResExist is a name from the desktop SDKs for 417 ALREADY_EXISTS.
   *
   * @deprecated Use {@link StatusCode.ALREADY_EXISTS} instead.
   */
  readonly kNIMResExist: 417;
  /**
   * kNIMResOverrun is a name from the desktop SDKs for 419 LIMIT_EXCEEDED.
   *
   * @deprecated Use {@link StatusCode.LIMIT_EXCEEDED} instead.
   */
  readonly kNIMResOverrun: 419;
  /**
   * kNIMResAccountBlock is a name from the desktop SDKs for 422 ACCOUNT_BLOCKED.
   *
   * @deprecated Use {@link StatusCode.ACCOUNT_BLOCKED} instead.
   */
  readonly kNIMResAccountBlock: 422;
  /**
   * kNIMResUnknownError is a name from the desktop SDKs for 500 SERVER_INTERNAL_ERROR.
   *
   * @deprecated Use {@link StatusCode.SERVER_INTERNAL_ERROR} instead.
   */
  readonly kNIMResUnknownError: 500;
  /**
   * kNIMResTooBuzy is a name from the desktop SDKs for 503 SERVER_BUSY.
   *
   * @deprecated Use {@link StatusCode.SERVER_BUSY} instead.
   */
  readonly kNIMResTooBuzy: 503;
  /**
   * kNIMResExceedLimit is a name from the desktop SDKs for 508 MESSAGE_RECALL_EXPIRED.
   *
   * @deprecated Use {@link StatusCode.MESSAGE_RECALL_EXPIRED} instead.
   */
  readonly kNIMResExceedLimit: 508;
  /**
   * kNIMResInvalid is a name from the desktop SDKs for 509 INVALID_PROTOCOL.
   *
   * @deprecated Use {@link StatusCode.INVALID_PROTOCOL} instead.
   */
  readonly kNIMResInvalid: 509;
  /**
   * kNIMResTeamECountLimit is a name from the desktop SDKs for 801 TEAM_MEMBER_LIMIT.
   *
   * @deprecated Use {@link StatusCode.TEAM_MEMBER_LIMIT} instead.
   */
  readonly kNIMResTeamECountLimit: 801;
  /**
   * kNIMResTeamENAccess is a name from the desktop SDKs for 802 TEAM_ACCESS_DENIED.
   *
   * @deprecated Use {@link StatusCode.TEAM_ACCESS_DENIED} instead.
   */
  readonly kNIMResTeamENAccess: 802;
  /**
   * kNIMResTeamENotExist is a name from the desktop SDKs for 803 TEAM_NOT_FOUND.
   *
   * @deprecated Use {@link StatusCode.TEAM_NOT_FOUND} instead.
   */
  readonly kNIMResTeamENotExist: 803;
  /**
   * kNIMResTeamEMemberNotExist is a name from the desktop SDKs for 804 NOT_IN_TEAM.
   *
   * @deprecated Use {@link StatusCode.NOT_IN_TEAM} instead.
   */
  readonly kNIMResTeamEMemberNotExist: 804;
  /**
   * kNIMResTeamErrType is a name from the desktop SDKs for 805 TEAM_TYPE_MISMATCH.
   *
   * @deprecated Use {@link StatusCode.TEAM_TYPE_MISMATCH} instead.
   */
  readonly kNIMResTeamErrType: 805;
  /**
   * kNIMResTeamLimit is a name from the desktop SDKs for 806 TEAM_COUNT_LIMIT.
   *
   * @deprecated Use {@link StatusCode.TEAM_COUNT_LIMIT} instead.
   */
  readonly kNIMResTeamLimit: 806;
  /**
   * kNIMResTeamUserStatusErr is a name from the desktop SDKs for 807 TEAM_MEMBER_STATUS_ERROR.
   *
   * @deprecated Use {@link StatusCode.TEAM_MEMBER_STATUS_ERROR} instead.
   */
  readonly kNIMResTeamUserStatusErr: 807;
  /**
   * kNIMResTeamApplySuccess is a name from the desktop SDKs for 808 TEAM_APPLY_SUCCESS.
   *
   * @deprecated Use {@link StatusCode.TEAM_APPLY_SUCCESS} instead.
   */
  readonly kNIMResTeamApplySuccess: 808;
  /**
   * kNIMResTeamAlreadyIn is a name from the desktop SDKs for 809 ALREADY_IN_TEAM.
   *
   * @deprecated Use {@link StatusCode.ALREADY_IN_TEAM} instead.
   */
  readonly kNIMResTeamAlreadyIn: 809;
  /**
   * kNIMResTeamInviteSuccess is a name from the desktop SDKs for 810 TEAM_INVITE_SUCCESS.
   *
   * @deprecated Use {@link StatusCode.TEAM_INVITE_SUCCESS} instead.
   */
  readonly kNIMResTeamInviteSuccess: 810;
  /**
   * kNIMResForcePushCountLimit is a name from the desktop SDKs for 811 MENTION_LIMIT.
   *
   * @deprecated Use {@link StatusCode.MENTION_LIMIT} instead.
   */
  readonly kNIMResForcePushCountLimit: 811;
  /**
   * kNIMResEUnpacket is a name from the desktop SDKs for 998 UNPACK_ERROR.
   *
   * @deprecated Use {@link StatusCode.UNPACK_ERROR} instead.
   */
  readonly kNIMResEUnpacket: 998;
  /**
   * kNIMResEPacket is a name from the desktop SDKs for 999 PACK_ERROR.
   *
   * @deprecated Use {@link StatusCode.PACK_ERROR} instead.
   */
  readonly kNIMResEPacket: 999;
  /**
   * kNIMResPeerNimOffline is a name from the desktop SDKs for 10201 SIGNAL_PEER_OFFLINE.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_PEER_OFFLINE} instead.
   */
  readonly kNIMResPeerNimOffline: 10201;
  /**
   * kNIMResPeerPushOffline is a name from the desktop SDKs for 10202 SIGNAL_PEER_PUSH_OFFLINE.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_PEER_PUSH_OFFLINE} instead.
   */
  readonly kNIMResPeerPushOffline: 10202;
  /**
   * kNIMResRoomNotExists is a name from the desktop SDKs for 10404 SIGNAL_ROOM_NOT_FOUND.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_ROOM_NOT_FOUND} instead.
   */
  readonly kNIMResRoomNotExists: 10404;
  /**
   * kNIMResRoomHasExists is a name from the desktop SDKs for 10405 SIGNAL_ROOM_EXISTS.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_ROOM_EXISTS} instead.
   */
  readonly kNIMResRoomHasExists: 10405;
  /**
   * kNIMResRoomMemberNotExists is a name from the desktop SDKs for 10406 SIGNAL_NOT_IN_ROOM.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_NOT_IN_ROOM} instead.
   */
  readonly kNIMResRoomMemberNotExists: 10406;
  /**
   * kNIMResRoomMemberHasExists is a name from the desktop SDKs for 10407 SIGNAL_ALREADY_IN_ROOM.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_ALREADY_IN_ROOM} instead.
   */
  readonly kNIMResRoomMemberHasExists: 10407;
  /**
   * kNIMResRoomInviteNotExists is a name from the desktop SDKs for 10408 SIGNAL_INVITE_NOT_FOUND.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_INVITE_NOT_FOUND} instead.
   */
  readonly kNIMResRoomInviteNotExists: 10408;
  /**
   * kNIMResRoomInviteHasReject is a name from the desktop SDKs for 10409 SIGNAL_INVITE_REJECTED.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_INVITE_REJECTED} instead.
   */
  readonly kNIMResRoomInviteHasReject: 10409;
  /**
   * kNIMResRoomInviteHasAccept is a name from the desktop SDKs for 10410 SIGNAL_INVITE_ACCEPTED.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_INVITE_ACCEPTED} instead.
   */
  readonly kNIMResRoomInviteHasAccept: 10410;
  /**
   * kNIMResRoomUidConflict is a name from the desktop SDKs for 10417 SIGNAL_UID_CONFLICT.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_UID_CONFLICT} instead.
   */
  readonly kNIMResRoomUidConflict: 10417;
  /**
   * kNIMResRoomMemberExceed is a name from the desktop SDKs for 10419 SIGNAL_ROOM_MEMBER_LIMIT.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_ROOM_MEMBER_LIMIT} instead.
   */
  readonly kNIMResRoomMemberExceed: 10419;
  /**
   * kNIMResRoomMemberHasExistsOtherClient is a name from the desktop SDKs for 10420 SIGNAL_ALREADY_IN_ROOM_ELSEWHERE.
   *
   * @deprecated Use {@link StatusCode.SIGNAL_ALREADY_IN_ROOM_ELSEWHERE} instead.
   */
  readonly kNIMResRoomMemberHasExistsOtherClient: 10420;
  /**
   * kNIMResRoomLinkError is a name from the desktop SDKs for 13001 CHATROOM_IM_LINK_ERROR.
   *
   * @deprecated Use {@link StatusCode.CHATROOM_IM_LINK_ERROR} instead.
   */
  readonly kNIMResRoomLinkError: 13001;
  /**
   * kNIMResRoomError is a name from the desktop SDKs for 13002 CHATROOM_STATUS_ERROR.
   *
   * @deprecated Use {@link StatusCode.CHATROOM_STATUS_ERROR} instead.
   */
  readonly kNIMResRoomError: 13002;
  /**
   * kNIMResRoomBlackBeOut is a name from the desktop SDKs for 13003 CHATROOM_BLOCKLISTED.
   *
   * @deprecated Use {@link StatusCode.CHATROOM_BLOCKLISTED} instead.
   */
  readonly kNIMResRoomBlackBeOut: 13003;
  /**
   * kNIMResRoomBeMuted is a name from the desktop SDKs for 13004 CHATROOM_MUTED.
   *
   * @deprecated Use {@link StatusCode.CHATROOM_MUTED} instead.
   */
  readonly kNIMResRoomBeMuted: 13004;
};

/** A status code number this table knows. */
export type StatusCode = (typeof StatusCode)[keyof typeof StatusCode];

/** A name an earlier SDK used for a status code; each is deprecated in favour of the canonical name. */
export type StatusCodeAlias =
  | "kNIMResSuccess"
  | "kNIMResVersionError"
  | "kNIMResUidPassError"
  | "kNIMResForbidden"
  | "kNIMResNotExist"
  | "kNIMResTimeoutError"
  | "kNIMResParameterError"
  | "kNIMResConnectionError"
  | "kNIMResFrequently"
  | "kNIMResExist"
  | "kNIMResOverrun"
  | "kNIMResAccountBlock"
  | "kNIMResUnknownError"
  | "kNIMResTooBuzy"
  | "kNIMResExceedLimit"
  | "kNIMResInvalid"
  | "kNIMResTeamECountLimit"
  | "kNIMResTeamENAccess"
  | "kNIMResTeamENotExist"
  | "kNIMResTeamEMemberNotExist"
  | "kNIMResTeamErrType"
  | "kNIMResTeamLimit"
  | "kNIMResTeamUserStatusErr"
  | "kNIMResTeamApplySuccess"
  | "kNIMResTeamAlreadyIn"
  | "kNIMResTeamInviteSuccess"
  | "kNIMResForcePushCountLimit"
  | "kNIMResEUnpacket"
  | "kNIMResEPacket"
  | "kNIMResPeerNimOffline"
  | "kNIMResPeerPushOffline"
  | "kNIMResRoomNotExists"
  | "kNIMResRoomHasExists"
  | "kNIMResRoomMemberNotExists"
  | "kNIMResRoomMemberHasExists"
  | "kNIMResRoomInviteNotExists"
  | "kNIMResRoomInviteHasReject"
  | "kNIMResRoomInviteHasAccept"
  | "kNIMResRoomUidConflict"
  | "kNIMResRoomMemberExceed"
  | "kNIMResRoomMemberHasExistsOtherClient"
  | "kNIMResRoomLinkError"
  | "kNIMResRoomError"
  | "kNIMResRoomBlackBeOut"
  | "kNIMResRoomBeMuted";

/** The canonical SCREAMING_SNAKE_CASE name of a status code. */
export type StatusCodeName = Exclude<keyof typeof StatusCode, StatusCodeAlias>;

/** The id of a group of status codes. */
export type StatusCategory =
  | "general"
  | "team"
  | "av-call"
  | "chatroom"
  | "registration"
  | "signaling";

/** Whether a code reports success, information (such as a partial success) or an error. */
export type StatusKind = "success" | "info" | "error";

/** A group of status codes. */
export interface StatusCategoryInfo {
  readonly id: StatusCategory;
  readonly title: string;
  readonly description: string;
}

/** Everything the spec says about one status code. */
export interface StatusCodeInfo {
  readonly code: StatusCode;
  readonly name: StatusCodeName;
  readonly category: StatusCategory;
  readonly message: string;
  readonly kind: StatusKind;
  /** True when the same request may succeed if sent again later. */
  readonly retryable: boolean;
}

/** Every category, in the order the reference lists them. */
export declare const statusCategories: readonly StatusCategoryInfo[];

/** Every status code, sorted by code. */
export declare const statusCodes: readonly StatusCodeInfo[];

/** The entry for `code`, or undefined when the table has no such code. */
export declare function statusCodeInfo(code: number): StatusCodeInfo | undefined;

/** True when `value` is a status code number this table knows. */
export declare function isStatusCode(value: unknown): value is StatusCode;

// Generated from spec/status-codes.yaml by status-codegen — do not edit.

module commsease.com/im/status

go 1.21

/**
 * The spec's JSON Schema without what depends on the registry: spec/schema.ts adds each language's
 * `settings.<id>` and `aliases.<source>`, the list of targets and the `typeName` definition the languages share. Edit here, then `npm run schemas`
 * writes spec/status-codes.schema.json (a test fails while that file is not what this gives).
 */
export const schemaBase: Readonly<Record<string, unknown>> = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "status-codegen spec",
  "description": "One table of status codes, rendered by status-codegen into TypeScript, JSON, Markdown, Swift and Kotlin.",
  "type": "object",
  "required": [
    "categories",
    "codes"
  ],
  "additionalProperties": false,
  "properties": {
    "version": {
      "description": "The spec's own semantic version, MAJOR.MINOR.PATCH. Raise MAJOR for a breaking change (see `status-codegen diff`), MINOR for added or deprecated codes, PATCH for clarified wording.",
      "$ref": "#/$defs/version"
    },
    "settings": {
      "$ref": "#/$defs/settings"
    },
    "categories": {
      "description": "Groups of codes, in the order the Markdown reference lists them.",
      "type": "array",
      "minItems": 1,
      "items": {
        "$ref": "#/$defs/category"
      }
    },
    "codes": {
      "description": "Every status code. Order is free: outputs sort by code.",
      "type": "array",
      "minItems": 1,
      "items": {
        "$ref": "#/$defs/code"
      }
    },
    "reserved": {
      "description": "Numbers and names retired for good: no code may use them again.",
      "type": "array",
      "items": {
        "$ref": "#/$defs/reserved"
      }
    }
  },
  "$defs": {
    "text": {
      "type": "string",
      "pattern": "^\\S(?:[\\s\\S]*\\S)?$",
      "patternErrorMessage": "must not be empty, nor start or end with white space",
      "maxLength": 10000,
      "description": "At most 10,000 characters: every output must hold a text as one constant, and a JVM string constant (Kotlin's) holds at most 65,535 bytes."
    },
    "category": {
      "type": "object",
      "required": [
        "id",
        "title",
        "description"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "description": "Stable identifier used in every output (JSON, TypeScript union, Swift raw value). kebab-case.",
          "type": "string",
          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$",
          "patternErrorMessage": "must be kebab-case such as av-call",
          "maxLength": 64
        },
        "title": {
          "description": "Heading for people.",
          "$ref": "#/$defs/text"
        },
        "description": {
          "description": "One or two sentences on what the codes have in common.",
          "$ref": "#/$defs/text"
        },
        "range": {
          "description": "Optional: the numbers this category's codes must lie in, both ends included.",
          "$ref": "#/$defs/range"
        }
      }
    },
    "code": {
      "type": "object",
      "required": [
        "code",
        "name",
        "category",
        "message"
      ],
      "additionalProperties": false,
      "properties": {
        "code": {
          "description": "The number the server or SDK returns.",
          "$ref": "#/$defs/number"
        },
        "name": {
          "description": "Canonical SCREAMING_SNAKE_CASE name; each target derives its own casing from it.",
          "$ref": "#/$defs/codeName"
        },
        "category": {
          "description": "The id of one of the categories.",
          "type": "string"
        },
        "message": {
          "description": "What the code means, in one sentence.",
          "$ref": "#/$defs/text"
        },
        "kind": {
          "description": "Whether the code reports success, information (such as a partial success) or an error.",
          "enum": [
            "success",
            "info",
            "error"
          ],
          "default": "error"
        },
        "retryable": {
          "description": "True when a client may send the same request again later (timeouts, network, rate limit, busy).",
          "type": "boolean",
          "default": false
        },
        "since": {
          "description": "The spec version that introduced the code. Leave it out for codes older than the spec's recorded history.",
          "$ref": "#/$defs/version"
        },
        "deprecated": {
          "description": "The code is still returned but should no longer be used or handled by name; outputs mark it deprecated.",
          "type": "object",
          "required": [
            "since",
            "reason"
          ],
          "additionalProperties": false,
          "properties": {
            "since": {
              "description": "The spec version that deprecated the code.",
              "$ref": "#/$defs/version"
            },
            "reason": {
              "description": "Why, in a sentence; shown by compilers and the reference.",
              "$ref": "#/$defs/text"
            },
            "replacedBy": {
              "description": "The name of the code to use instead.",
              "$ref": "#/$defs/codeName"
            }
          }
        },
        "aliases": {
          "description": "Names existing code already uses for this code, by where they come from (an SDK, or an earlier version of this table), written exactly as that SDK spells them. Each becomes a deprecated alias in every language whose apps were written against that SDK, spelt as that language's code spells it, so that code keeps compiling.",
          "type": "object",
          "additionalProperties": false,
          "properties": {}
        },
        "conflicts": {
          "description": "Platforms whose SDK uses this number for another meaning. No alias is made; the reference warns about each.",
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "platform",
              "meaning"
            ],
            "additionalProperties": false,
            "properties": {
              "platform": {
                "description": "Which SDK, such as iOS or Android.",
                "type": "string",
                "maxLength": 100,
                "$ref": "#/$defs/text"
              },
              "name": {
                "description": "The platform's own name for the number, when it has one.",
                "type": "string",
                "pattern": "^[A-Za-z_][A-Za-z0-9_]*$",
                "patternErrorMessage": "must be an identifier: letters, digits and _, not starting with a digit",
                "maxLength": 100
              },
              "meaning": {
                "description": "What the number means on that platform.",
                "$ref": "#/$defs/text"
              }
            }
          }
        }
      }
    },
    "settings": {
      "description": "How the targets name and place what they generate. Everything has a default.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "outputs": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/$defs/outputPath"
          }
        }
      }
    },
    "outputPath": {
      "type": "string",
      "pattern": "^(?!/)(?!.*//)(?!.*/$)(?!(?:.*/)?\\.\\.?(?:/|$))[A-Za-z0-9._/+@~-]+$",
      "patternErrorMessage": "must be a relative file path inside the output directory, such as swift/StatusCode.swift: ASCII letters, digits and . _ - + @ ~ between single '/' (no '..', no leading or trailing '/', no spaces)"
    },
    "version": {
      "type": "string",
      "pattern": "^(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})$",
      "patternErrorMessage": "must be a version MAJOR.MINOR.PATCH such as 1.2.0 (numbers only, no leading zeros)"
    },
    "codeName": {
      "type": "string",
      "pattern": "^[A-Z][A-Z0-9_]*$",
      "patternErrorMessage": "must be SCREAMING_SNAKE_CASE starting with a letter, such as RATE_LIMIT",
      "maxLength": 64
    },
    "number": {
      "type": "integer",
      "minimum": 0,
      "maximum": 2147483647
    },
    "range": {
      "type": "object",
      "required": [
        "first",
        "last"
      ],
      "additionalProperties": false,
      "properties": {
        "first": {
          "$ref": "#/$defs/number"
        },
        "last": {
          "$ref": "#/$defs/number"
        }
      }
    },
    "reserved": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "reason"
      ],
      "properties": {
        "code": {
          "description": "One retired number.",
          "$ref": "#/$defs/number"
        },
        "range": {
          "description": "Retired numbers, both ends included.",
          "$ref": "#/$defs/range"
        },
        "name": {
          "description": "A retired name: a canonical name, or a legacy alias that must not come back either.",
          "type": "string",
          "pattern": "^[A-Za-z_][A-Za-z0-9_]*$",
          "patternErrorMessage": "must be a name: letters, digits and _, not starting with a digit",
          "maxLength": 100
        },
        "reason": {
          "description": "Why no code may use it again; shown when one tries.",
          "$ref": "#/$defs/text"
        },
        "since": {
          "description": "The spec version that retired it.",
          "$ref": "#/$defs/version"
        }
      }
    },
    "legacyName": {
      "type": "string",
      "pattern": "^[A-Za-z_][A-Za-z0-9_]*$",
      "patternErrorMessage": "must be an identifier: letters, digits and _, not starting with a digit",
      "maxLength": 100
    }
  }
};

import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace farhand. */
export namespace farhand {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of an Envelope.
         * @deprecated Use farhand.v1.Envelope.$Properties instead.
         */
        interface IEnvelope extends farhand.v1.Envelope.$Properties {
        }

        /** One WebSocket binary message = one Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope hello. */
            hello?: (farhand.v1.Hello.$Properties|null);

            /** Envelope welcome. */
            welcome?: (farhand.v1.Welcome.$Properties|null);

            /** Envelope reject. */
            reject?: (farhand.v1.Reject.$Properties|null);

            /** Envelope motion. */
            motion?: (farhand.v1.MotionFrame.$Properties|null);

            /** Envelope clock. */
            clock?: (farhand.v1.ClockProbe.$Properties|null);

            /** Envelope command. */
            command?: (farhand.v1.Command.$Properties|null);

            /** Envelope ack. */
            ack?: (farhand.v1.CommandAck.$Properties|null);

            /** Envelope telemetry. */
            telemetry?: (farhand.v1.Telemetry.$Properties|null);

            /** Envelope event. */
            event?: (farhand.v1.Event.$Properties|null);

            /** WebRTC signalling for the motion DataChannel, over this authenticated session */
            rtc?: (farhand.v1.RtcSignal.$Properties|null);

            /**
             * Issue 14 (numbers 40-49 are the video's): a console's figures of the field's video it displays,
             * client -> agent over the WebSocket about once a second. Figures only: never an input to the core.
             */
            video_report?: (farhand.v1.VideoReport.$Properties|null);

            /** Envelope msg. */
            msg?: ("hello"|"welcome"|"reject"|"motion"|"clock"|"command"|"ack"|"telemetry"|"event"|"rtc"|"video_report");

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: farhand.v1.Envelope.$Shape): farhand.v1.Envelope & farhand.v1.Envelope.$Shape;
            static create(properties?: farhand.v1.Envelope.$Properties): farhand.v1.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link farhand.v1.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.Envelope & farhand.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.Envelope & farhand.v1.Envelope.$Shape;

            /**
             * Verifies an Envelope message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Envelope
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.Envelope;

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @param message Envelope
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Envelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope hello */
                hello?: (farhand.v1.Hello.$Properties|null);

                /** Envelope welcome */
                welcome?: (farhand.v1.Welcome.$Properties|null);

                /** Envelope reject */
                reject?: (farhand.v1.Reject.$Properties|null);

                /** Envelope motion */
                motion?: (farhand.v1.MotionFrame.$Properties|null);

                /** Envelope clock */
                clock?: (farhand.v1.ClockProbe.$Properties|null);

                /** Envelope command */
                command?: (farhand.v1.Command.$Properties|null);

                /** Envelope ack */
                ack?: (farhand.v1.CommandAck.$Properties|null);

                /** Envelope telemetry */
                telemetry?: (farhand.v1.Telemetry.$Properties|null);

                /** Envelope event */
                event?: (farhand.v1.Event.$Properties|null);

                /** WebRTC signalling for the motion DataChannel, over this authenticated session */
                rtc?: (farhand.v1.RtcSignal.$Properties|null);

                /**
                 * Issue 14 (numbers 40-49 are the video's): a console's figures of the field's video it displays,
                 * client -> agent over the WebSocket about once a second. Figures only: never an input to the core.
                 */
                video_report?: (farhand.v1.VideoReport.$Properties|null);

                /** Envelope msg */
                msg?: ("hello"|"welcome"|"reject"|"motion"|"clock"|"command"|"ack"|"telemetry"|"event"|"rtc"|"video_report");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Envelope. */
            type $Shape = {
              hello?: farhand.v1.Hello.$Shape|null;
              welcome?: farhand.v1.Welcome.$Shape|null;
              reject?: farhand.v1.Reject.$Shape|null;
              motion?: farhand.v1.MotionFrame.$Shape|null;
              clock?: farhand.v1.ClockProbe.$Shape|null;
              command?: farhand.v1.Command.$Shape|null;
              ack?: farhand.v1.CommandAck.$Shape|null;
              telemetry?: farhand.v1.Telemetry.$Shape|null;
              event?: farhand.v1.Event.$Shape|null;
              rtc?: farhand.v1.RtcSignal.$Shape|null;
              video_report?: farhand.v1.VideoReport.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ msg?: undefined; hello?: null; welcome?: null; reject?: null; motion?: null; clock?: null; command?: null; ack?: null; telemetry?: null; event?: null; rtc?: null; video_report?: null }|{ msg?: "hello"; hello: farhand.v1.Hello.$Shape; welcome?: null; reject?: null; motion?: null; clock?: null; command?: null; ack?: null; telemetry?: null; event?: null; rtc?: null; video_report?: null }|{ msg?: "welcome"; hello?: null; welcome: farhand.v1.Welcome.$Shape; reject?: null; motion?: null; clock?: null; command?: null; ack?: null; telemetry?: null; event?: null; rtc?: null; video_report?: null }|{ msg?: "reject"; hello?: null; welcome?: null; reject: farhand.v1.Reject.$Shape; motion?: null; clock?: null; command?: null; ack?: null; telemetry?: null; event?: null; rtc?: null; video_report?: null }|{ msg?: "motion"; hello?: null; welcome?: null; reject?: null; motion: farhand.v1.MotionFrame.$Shape; clock?: null; command?: null; ack?: null; telemetry?: null; event?: null; rtc?: null; video_report?: null }|{ msg?: "clock"; hello?: null; welcome?: null; reject?: null; motion?: null; clock: farhand.v1.ClockProbe.$Shape; command?: null; ack?: null; telemetry?: null; event?: null; rtc?: null; video_report?: null }|{ msg?: "command"; hello?: null; welcome?: null; reject?: null; motion?: null; clock?: null; command: farhand.v1.Command.$Shape; ack?: null; telemetry?: null; event?: null; rtc?: null; video_report?: null }|{ msg?: "ack"; hello?: null; welcome?: null; reject?: null; motion?: null; clock?: null; command?: null; ack: farhand.v1.CommandAck.$Shape; telemetry?: null; event?: null; rtc?: null; video_report?: null }|{ msg?: "telemetry"; hello?: null; welcome?: null; reject?: null; motion?: null; clock?: null; command?: null; ack?: null; telemetry: farhand.v1.Telemetry.$Shape; event?: null; rtc?: null; video_report?: null }|{ msg?: "event"; hello?: null; welcome?: null; reject?: null; motion?: null; clock?: null; command?: null; ack?: null; telemetry?: null; event: farhand.v1.Event.$Shape; rtc?: null; video_report?: null }|{ msg?: "rtc"; hello?: null; welcome?: null; reject?: null; motion?: null; clock?: null; command?: null; ack?: null; telemetry?: null; event?: null; rtc: farhand.v1.RtcSignal.$Shape; video_report?: null }|{ msg?: "video_report"; hello?: null; welcome?: null; reject?: null; motion?: null; clock?: null; command?: null; ack?: null; telemetry?: null; event?: null; rtc?: null; video_report: farhand.v1.VideoReport.$Shape })
            );
        }

        /** Role enum. */
        enum Role {

            /** ROLE_UNSPECIFIED value */
            ROLE_UNSPECIFIED = 0,

            /** may hold control and send motion */
            SURGEON = 1,

            /** bedside: watches, may e-stop and grant a handover */
            OBSERVER = 2,

            /** watches, may e-stop, may change configuration (scale, limits) */
            ENGINEER = 3
        }

        /**
         * Properties of a Hello.
         * @deprecated Use farhand.v1.Hello.$Properties instead.
         */
        interface IHello extends farhand.v1.Hello.$Properties {
        }

        /** Represents a Hello. */
        class Hello {

            /**
             * Constructs a new Hello.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.Hello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** must equal the agent's major (1) */
            protocol_major: number;

            /** any; fields unknown to the agent are ignored */
            protocol_minor: number;

            /** the role asked for; the token must grant it */
            role: farhand.v1.Role;

            /** secret from the URL the agent printed (token=...) */
            token: string;

            /** free text for logs and the monitor, <= 64 characters */
            client_name: string;

            /** what the hand device can do about orientation (see MasterKind) */
            master_kind: farhand.v1.MasterKind;

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            static create(properties: farhand.v1.Hello.$Shape): farhand.v1.Hello & farhand.v1.Hello.$Shape;
            static create(properties?: farhand.v1.Hello.$Properties): farhand.v1.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link farhand.v1.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.Hello & farhand.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.Hello & farhand.v1.Hello.$Shape;

            /**
             * Verifies a Hello message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Hello
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.Hello;

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @param message Hello
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Hello to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Hello {

            /** Properties of a Hello. */
            interface $Properties {

                /** must equal the agent's major (1) */
                protocol_major?: (number|null);

                /** any; fields unknown to the agent are ignored */
                protocol_minor?: (number|null);

                /** the role asked for; the token must grant it */
                role?: (farhand.v1.Role|null);

                /** secret from the URL the agent printed (token=...) */
                token?: (string|null);

                /** free text for logs and the monitor, <= 64 characters */
                client_name?: (string|null);

                /** what the hand device can do about orientation (see MasterKind) */
                master_kind?: (farhand.v1.MasterKind|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hello. */
            type $Shape = farhand.v1.Hello.$Properties;
        }

        /** Whether the master can be driven to the tool's orientation while not following. */
        enum MasterKind {

            /** treated as UNACTUATED */
            MASTER_KIND_UNSPECIFIED = 0,

            /** browser, gamepad, WebXR, recordings: the orientation offset captured at engage/resume is kept */
            UNACTUATED = 1,

            /** a motorised master (dVRK MTM): absolute orientation, engage/resume need the 5 deg alignment */
            ACTUATED = 2
        }

        /**
         * Properties of a Welcome.
         * @deprecated Use farhand.v1.Welcome.$Properties instead.
         */
        interface IWelcome extends farhand.v1.Welcome.$Properties {
        }

        /** Represents a Welcome. */
        class Welcome {

            /**
             * Constructs a new Welcome.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.Welcome.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** this connection's session id (logs, recording) */
            session_id: string;

            /** semver of the agent software */
            agent_version: string;

            /** Welcome protocol_major. */
            protocol_major: number;

            /** Welcome protocol_minor. */
            protocol_minor: number;

            /** the role granted */
            role: farhand.v1.Role;

            /** control loop rate (default 1000) */
            control_rate_hz: number;

            /** telemetry rate (default 100) */
            telemetry_rate_hz: number;

            /** the limits the agent enforces */
            limits?: (farhand.v1.Limits.$Properties|null);

            /** arms this agent drives; MotionFrame.arm_id must be one of them (first: 0) */
            arm_ids: number[];

            /** agent monotonic clock when Welcome was sent */
            agent_time_ns: number;

            /** who holds control now, empty if nobody */
            controller_session_id: string;

            /** whether motion may ride a WebRTC DataChannel, and how to reach the agent */
            rtc?: (farhand.v1.RtcOffer.$Properties|null);

            /** protocol 1.1: every arm with its name and kind (arm_ids lists the same ids) */
            arms: farhand.v1.ArmInfo.$Properties[];

            /**
             * Creates a new Welcome instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Welcome instance
             */
            static create(properties: farhand.v1.Welcome.$Shape): farhand.v1.Welcome & farhand.v1.Welcome.$Shape;
            static create(properties?: farhand.v1.Welcome.$Properties): farhand.v1.Welcome;

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link farhand.v1.Welcome.verify|verify} messages.
             * @param message Welcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.Welcome & farhand.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.Welcome & farhand.v1.Welcome.$Shape;

            /**
             * Verifies a Welcome message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Welcome
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.Welcome;

            /**
             * Creates a plain object from a Welcome message. Also converts values to other types if specified.
             * @param message Welcome
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.Welcome, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Welcome to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Welcome {

            /** Properties of a Welcome. */
            interface $Properties {

                /** this connection's session id (logs, recording) */
                session_id?: (string|null);

                /** semver of the agent software */
                agent_version?: (string|null);

                /** Welcome protocol_major */
                protocol_major?: (number|null);

                /** Welcome protocol_minor */
                protocol_minor?: (number|null);

                /** the role granted */
                role?: (farhand.v1.Role|null);

                /** control loop rate (default 1000) */
                control_rate_hz?: (number|null);

                /** telemetry rate (default 100) */
                telemetry_rate_hz?: (number|null);

                /** the limits the agent enforces */
                limits?: (farhand.v1.Limits.$Properties|null);

                /** arms this agent drives; MotionFrame.arm_id must be one of them (first: 0) */
                arm_ids?: (number[]|null);

                /** agent monotonic clock when Welcome was sent */
                agent_time_ns?: (number|null);

                /** who holds control now, empty if nobody */
                controller_session_id?: (string|null);

                /** whether motion may ride a WebRTC DataChannel, and how to reach the agent */
                rtc?: (farhand.v1.RtcOffer.$Properties|null);

                /** protocol 1.1: every arm with its name and kind (arm_ids lists the same ids) */
                arms?: (farhand.v1.ArmInfo.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Welcome. */
            type $Shape = farhand.v1.Welcome.$Properties;
        }

        /** ArmKind enum. */
        enum ArmKind {

            /** ARM_KIND_UNSPECIFIED value */
            ARM_KIND_UNSPECIFIED = 0,

            /** a PSM: driven by one hand */
            INSTRUMENT = 1,

            /** the ECM: driven by both hands while MotionFrame.camera is held */
            CAMERA = 2
        }

        /**
         * Properties of an ArmInfo.
         * @deprecated Use farhand.v1.ArmInfo.$Properties instead.
         */
        interface IArmInfo extends farhand.v1.ArmInfo.$Properties {
        }

        /** Represents an ArmInfo. */
        class ArmInfo {

            /**
             * Constructs a new ArmInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.ArmInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ArmInfo arm_id. */
            arm_id: number;

            /** dVRK name, e.g. PSM1, PSM2, ECM */
            name: string;

            /** ArmInfo kind. */
            kind: farhand.v1.ArmKind;

            /**
             * Creates a new ArmInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ArmInfo instance
             */
            static create(properties: farhand.v1.ArmInfo.$Shape): farhand.v1.ArmInfo & farhand.v1.ArmInfo.$Shape;
            static create(properties?: farhand.v1.ArmInfo.$Properties): farhand.v1.ArmInfo;

            /**
             * Encodes the specified ArmInfo message. Does not implicitly {@link farhand.v1.ArmInfo.verify|verify} messages.
             * @param message ArmInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.ArmInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ArmInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.ArmInfo & farhand.v1.ArmInfo.$Shape} ArmInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.ArmInfo & farhand.v1.ArmInfo.$Shape;

            /**
             * Verifies an ArmInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ArmInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ArmInfo
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.ArmInfo;

            /**
             * Creates a plain object from an ArmInfo message. Also converts values to other types if specified.
             * @param message ArmInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.ArmInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ArmInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ArmInfo {

            /** Properties of an ArmInfo. */
            interface $Properties {

                /** ArmInfo arm_id */
                arm_id?: (number|null);

                /** dVRK name, e.g. PSM1, PSM2, ECM */
                name?: (string|null);

                /** ArmInfo kind */
                kind?: (farhand.v1.ArmKind|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ArmInfo. */
            type $Shape = farhand.v1.ArmInfo.$Properties;
        }

        /**
         * Properties of a RtcOffer.
         * @deprecated Use farhand.v1.RtcOffer.$Properties instead.
         */
        interface IRtcOffer extends farhand.v1.RtcOffer.$Properties {
        }

        /** What the agent offers for the second transport (WebRTC). Absent or available = false: WebSocket only. */
        class RtcOffer {

            /**
             * Constructs a new RtcOffer.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.RtcOffer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** the agent answers RtcSignal OFFERs on this session */
            available: boolean;

            /** STUN/TURN servers for the client's RTCPeerConnection (empty: host candidates only) */
            ice_servers: farhand.v1.IceServer.$Properties[];

            /** label the client's motion DataChannel must have ("farhand-motion") */
            motion_label: string;

            /** when not available: a sentence saying why (turned off, native library missing) */
            unavailable_reason: string;

            /** a client falls back to WebSocket if the channel is not open by then */
            connect_timeout_s: number;

            /** the field's video on the same peer connection (absent: no video) */
            video?: (farhand.v1.VideoOffer.$Properties|null);

            /**
             * Creates a new RtcOffer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RtcOffer instance
             */
            static create(properties: farhand.v1.RtcOffer.$Shape): farhand.v1.RtcOffer & farhand.v1.RtcOffer.$Shape;
            static create(properties?: farhand.v1.RtcOffer.$Properties): farhand.v1.RtcOffer;

            /**
             * Encodes the specified RtcOffer message. Does not implicitly {@link farhand.v1.RtcOffer.verify|verify} messages.
             * @param message RtcOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.RtcOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RtcOffer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.RtcOffer & farhand.v1.RtcOffer.$Shape} RtcOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.RtcOffer & farhand.v1.RtcOffer.$Shape;

            /**
             * Verifies a RtcOffer message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RtcOffer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RtcOffer
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.RtcOffer;

            /**
             * Creates a plain object from a RtcOffer message. Also converts values to other types if specified.
             * @param message RtcOffer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.RtcOffer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RtcOffer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RtcOffer {

            /** Properties of a RtcOffer. */
            interface $Properties {

                /** the agent answers RtcSignal OFFERs on this session */
                available?: (boolean|null);

                /** STUN/TURN servers for the client's RTCPeerConnection (empty: host candidates only) */
                ice_servers?: (farhand.v1.IceServer.$Properties[]|null);

                /** label the client's motion DataChannel must have ("farhand-motion") */
                motion_label?: (string|null);

                /** when not available: a sentence saying why (turned off, native library missing) */
                unavailable_reason?: (string|null);

                /** a client falls back to WebSocket if the channel is not open by then */
                connect_timeout_s?: (number|null);

                /** the field's video on the same peer connection (absent: no video) */
                video?: (farhand.v1.VideoOffer.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RtcOffer. */
            type $Shape = farhand.v1.RtcOffer.$Properties;
        }

        /**
         * Properties of a VideoOffer.
         * @deprecated Use farhand.v1.VideoOffer.$Properties instead.
         */
        interface IVideoOffer extends farhand.v1.VideoOffer.$Properties {
        }

        /**
         * The field's video: a track on the motion peer connection (the client's offer carries a recvonly video
         * transceiver; the agent answers with its track on it), and the endoscope camera it was taken with, so the
         * console can register its 3D overlay with the picture. Over the WebSocket alone there is no video.
         */
        class VideoOffer {

            /**
             * Constructs a new VideoOffer.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.VideoOffer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** the agent sends a video track on the peer connection */
            available: boolean;

            /** when not available: a sentence saying why (turned off, no WebRTC) */
            unavailable_reason: string;

            /** frame size, px */
            width: number;

            /** VideoOffer height. */
            height: number;

            /** nominal frame rate, Hz */
            fps: number;

            /** what it shows (e.g. "synthetic scene of the simulated tool", "lavfi:testsrc2") */
            description: string;

            /** pinhole intrinsics, px (OpenCV: x right, y down, z forward); 0 = unknown */
            fx: number;

            /** VideoOffer fy. */
            fy: number;

            /** VideoOffer cx. */
            cx: number;

            /** VideoOffer cy. */
            cy: number;

            /** camera origin in the PSM base frame [x, y, z], m (empty = unknown) */
            camera_position_m: number[];

            /** camera -> base unit quaternion [x, y, z, w] */
            camera_orientation: number[];

            /**
             * Creates a new VideoOffer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VideoOffer instance
             */
            static create(properties: farhand.v1.VideoOffer.$Shape): farhand.v1.VideoOffer & farhand.v1.VideoOffer.$Shape;
            static create(properties?: farhand.v1.VideoOffer.$Properties): farhand.v1.VideoOffer;

            /**
             * Encodes the specified VideoOffer message. Does not implicitly {@link farhand.v1.VideoOffer.verify|verify} messages.
             * @param message VideoOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.VideoOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VideoOffer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.VideoOffer & farhand.v1.VideoOffer.$Shape} VideoOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.VideoOffer & farhand.v1.VideoOffer.$Shape;

            /**
             * Verifies a VideoOffer message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VideoOffer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VideoOffer
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.VideoOffer;

            /**
             * Creates a plain object from a VideoOffer message. Also converts values to other types if specified.
             * @param message VideoOffer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.VideoOffer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VideoOffer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace VideoOffer {

            /** Properties of a VideoOffer. */
            interface $Properties {

                /** the agent sends a video track on the peer connection */
                available?: (boolean|null);

                /** when not available: a sentence saying why (turned off, no WebRTC) */
                unavailable_reason?: (string|null);

                /** frame size, px */
                width?: (number|null);

                /** VideoOffer height */
                height?: (number|null);

                /** nominal frame rate, Hz */
                fps?: (number|null);

                /** what it shows (e.g. "synthetic scene of the simulated tool", "lavfi:testsrc2") */
                description?: (string|null);

                /** pinhole intrinsics, px (OpenCV: x right, y down, z forward); 0 = unknown */
                fx?: (number|null);

                /** VideoOffer fy */
                fy?: (number|null);

                /** VideoOffer cx */
                cx?: (number|null);

                /** VideoOffer cy */
                cy?: (number|null);

                /** camera origin in the PSM base frame [x, y, z], m (empty = unknown) */
                camera_position_m?: (number[]|null);

                /** camera -> base unit quaternion [x, y, z, w] */
                camera_orientation?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VideoOffer. */
            type $Shape = farhand.v1.VideoOffer.$Properties;
        }

        /**
         * Properties of an IceServer.
         * @deprecated Use farhand.v1.IceServer.$Properties instead.
         */
        interface IIceServer extends farhand.v1.IceServer.$Properties {
        }

        /** One STUN or TURN server, as in WebRTC's RTCIceServer. */
        class IceServer {

            /**
             * Constructs a new IceServer.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.IceServer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** stun:, turn: or turns: URLs */
            urls: string[];

            /** TURN only */
            username: string;

            /** TURN only (a long-term credential or a time-limited one from the TURN REST scheme) */
            credential: string;

            /**
             * Creates a new IceServer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IceServer instance
             */
            static create(properties: farhand.v1.IceServer.$Shape): farhand.v1.IceServer & farhand.v1.IceServer.$Shape;
            static create(properties?: farhand.v1.IceServer.$Properties): farhand.v1.IceServer;

            /**
             * Encodes the specified IceServer message. Does not implicitly {@link farhand.v1.IceServer.verify|verify} messages.
             * @param message IceServer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.IceServer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IceServer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.IceServer & farhand.v1.IceServer.$Shape} IceServer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.IceServer & farhand.v1.IceServer.$Shape;

            /**
             * Verifies an IceServer message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IceServer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IceServer
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.IceServer;

            /**
             * Creates a plain object from an IceServer message. Also converts values to other types if specified.
             * @param message IceServer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.IceServer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IceServer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IceServer {

            /** Properties of an IceServer. */
            interface $Properties {

                /** stun:, turn: or turns: URLs */
                urls?: (string[]|null);

                /** TURN only */
                username?: (string|null);

                /** TURN only (a long-term credential or a time-limited one from the TURN REST scheme) */
                credential?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IceServer. */
            type $Shape = farhand.v1.IceServer.$Properties;
        }

        /**
         * Properties of a Limits.
         * @deprecated Use farhand.v1.Limits.$Properties instead.
         */
        interface ILimits extends farhand.v1.Limits.$Properties {
        }

        /** Represents a Limits. */
        class Limits {

            /**
             * Constructs a new Limits.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.Limits.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** current tool/master translation ratio (default 0.2 = 5:1) */
            motion_scale: number;

            /** 0.1 (10:1) */
            motion_scale_min: number;

            /** 1.0 (1:1) */
            motion_scale_max: number;

            /** tool tip */
            max_linear_speed_mps: number;

            /** Limits max_linear_accel_mps2. */
            max_linear_accel_mps2: number;

            /** Limits max_angular_speed_radps. */
            max_angular_speed_radps: number;

            /** Limits max_angular_accel_radps2. */
            max_angular_accel_radps2: number;

            /** Limits max_jaw_speed_radps. */
            max_jaw_speed_radps: number;

            /** hold when no frame this long past the playout point (0.1) */
            stale_link_timeout_s: number;

            /** master/tool orientation mismatch allowed at engage (5 deg) */
            engage_alignment_tolerance_rad: number;

            /** engage refused above this (0.5) */
            max_one_way_delay_engage_s: number;

            /** warning above this (0.15) */
            warn_one_way_delay_s: number;

            /** measured vs setpoint tip error that faults (0.005) */
            tracking_error_limit_m: number;

            /** ... when exceeded for this long (0.05) */
            tracking_error_time_s: number;

            /** larger WebSocket messages are refused */
            max_frame_bytes: number;

            /** motion frames above this rate are refused (flood) */
            max_frame_rate_hz: number;

            /** Limits workspace. */
            workspace?: (farhand.v1.Workspace.$Properties|null);

            /** Limits playout_delay_min_s. */
            playout_delay_min_s: number;

            /** Limits playout_delay_max_s. */
            playout_delay_max_s: number;

            /**
             * Creates a new Limits instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Limits instance
             */
            static create(properties: farhand.v1.Limits.$Shape): farhand.v1.Limits & farhand.v1.Limits.$Shape;
            static create(properties?: farhand.v1.Limits.$Properties): farhand.v1.Limits;

            /**
             * Encodes the specified Limits message. Does not implicitly {@link farhand.v1.Limits.verify|verify} messages.
             * @param message Limits message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.Limits.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Limits message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.Limits & farhand.v1.Limits.$Shape} Limits
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.Limits & farhand.v1.Limits.$Shape;

            /**
             * Verifies a Limits message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Limits message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Limits
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.Limits;

            /**
             * Creates a plain object from a Limits message. Also converts values to other types if specified.
             * @param message Limits
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.Limits, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Limits to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Limits {

            /** Properties of a Limits. */
            interface $Properties {

                /** current tool/master translation ratio (default 0.2 = 5:1) */
                motion_scale?: (number|null);

                /** 0.1 (10:1) */
                motion_scale_min?: (number|null);

                /** 1.0 (1:1) */
                motion_scale_max?: (number|null);

                /** tool tip */
                max_linear_speed_mps?: (number|null);

                /** Limits max_linear_accel_mps2 */
                max_linear_accel_mps2?: (number|null);

                /** Limits max_angular_speed_radps */
                max_angular_speed_radps?: (number|null);

                /** Limits max_angular_accel_radps2 */
                max_angular_accel_radps2?: (number|null);

                /** Limits max_jaw_speed_radps */
                max_jaw_speed_radps?: (number|null);

                /** hold when no frame this long past the playout point (0.1) */
                stale_link_timeout_s?: (number|null);

                /** master/tool orientation mismatch allowed at engage (5 deg) */
                engage_alignment_tolerance_rad?: (number|null);

                /** engage refused above this (0.5) */
                max_one_way_delay_engage_s?: (number|null);

                /** warning above this (0.15) */
                warn_one_way_delay_s?: (number|null);

                /** measured vs setpoint tip error that faults (0.005) */
                tracking_error_limit_m?: (number|null);

                /** ... when exceeded for this long (0.05) */
                tracking_error_time_s?: (number|null);

                /** larger WebSocket messages are refused */
                max_frame_bytes?: (number|null);

                /** motion frames above this rate are refused (flood) */
                max_frame_rate_hz?: (number|null);

                /** Limits workspace */
                workspace?: (farhand.v1.Workspace.$Properties|null);

                /** Limits playout_delay_min_s */
                playout_delay_min_s?: (number|null);

                /** Limits playout_delay_max_s */
                playout_delay_max_s?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Limits. */
            type $Shape = farhand.v1.Limits.$Properties;
        }

        /**
         * Properties of a Workspace.
         * @deprecated Use farhand.v1.Workspace.$Properties instead.
         */
        interface IWorkspace extends farhand.v1.Workspace.$Properties {
        }

        /** Tool-tip workspace in the PSM base frame (origin at the remote centre of motion), metres. */
        class Workspace {

            /**
             * Constructs a new Workspace.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.Workspace.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** axis-aligned box, lower corner */
            min_m?: (farhand.v1.Vector3.$Properties|null);

            /** upper corner */
            max_m?: (farhand.v1.Vector3.$Properties|null);

            /**
             * Creates a new Workspace instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Workspace instance
             */
            static create(properties: farhand.v1.Workspace.$Shape): farhand.v1.Workspace & farhand.v1.Workspace.$Shape;
            static create(properties?: farhand.v1.Workspace.$Properties): farhand.v1.Workspace;

            /**
             * Encodes the specified Workspace message. Does not implicitly {@link farhand.v1.Workspace.verify|verify} messages.
             * @param message Workspace message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.Workspace.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Workspace message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.Workspace & farhand.v1.Workspace.$Shape} Workspace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.Workspace & farhand.v1.Workspace.$Shape;

            /**
             * Verifies a Workspace message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Workspace message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Workspace
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.Workspace;

            /**
             * Creates a plain object from a Workspace message. Also converts values to other types if specified.
             * @param message Workspace
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.Workspace, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Workspace to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Workspace {

            /** Properties of a Workspace. */
            interface $Properties {

                /** axis-aligned box, lower corner */
                min_m?: (farhand.v1.Vector3.$Properties|null);

                /** upper corner */
                max_m?: (farhand.v1.Vector3.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Workspace. */
            type $Shape = farhand.v1.Workspace.$Properties;
        }

        /** RejectCode enum. */
        enum RejectCode {

            /** REJECT_UNSPECIFIED value */
            REJECT_UNSPECIFIED = 0,

            /** token unknown, or does not grant the role asked for */
            BAD_TOKEN = 1,

            /** protocol major differs; the sentence names both versions */
            VERSION_MISMATCH = 2,

            /** first message was not a valid Hello */
            BAD_HELLO = 3,

            /** no Hello in time */
            HANDSHAKE_TIMEOUT = 4,

            /** TOO_MANY_CLIENTS value */
            TOO_MANY_CLIENTS = 5,

            /** SHUTTING_DOWN value */
            SHUTTING_DOWN = 6
        }

        /**
         * Properties of a Reject.
         * @deprecated Use farhand.v1.Reject.$Properties instead.
         */
        interface IReject extends farhand.v1.Reject.$Properties {
        }

        /** Represents a Reject. */
        class Reject {

            /**
             * Constructs a new Reject.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.Reject.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Reject code. */
            code: farhand.v1.RejectCode;

            /** a sentence a person can act on */
            reason: string;

            /**
             * Creates a new Reject instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Reject instance
             */
            static create(properties: farhand.v1.Reject.$Shape): farhand.v1.Reject & farhand.v1.Reject.$Shape;
            static create(properties?: farhand.v1.Reject.$Properties): farhand.v1.Reject;

            /**
             * Encodes the specified Reject message. Does not implicitly {@link farhand.v1.Reject.verify|verify} messages.
             * @param message Reject message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.Reject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Reject message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.Reject & farhand.v1.Reject.$Shape} Reject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.Reject & farhand.v1.Reject.$Shape;

            /**
             * Verifies a Reject message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Reject message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Reject
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.Reject;

            /**
             * Creates a plain object from a Reject message. Also converts values to other types if specified.
             * @param message Reject
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.Reject, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Reject to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Reject {

            /** Properties of a Reject. */
            interface $Properties {

                /** Reject code */
                code?: (farhand.v1.RejectCode|null);

                /** a sentence a person can act on */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Reject. */
            type $Shape = farhand.v1.Reject.$Properties;
        }

        /**
         * Properties of a Vector3.
         * @deprecated Use farhand.v1.Vector3.$Properties instead.
         */
        interface IVector3 extends farhand.v1.Vector3.$Properties {
        }

        /** Represents a Vector3. */
        class Vector3 {

            /**
             * Constructs a new Vector3.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.Vector3.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Vector3 x. */
            x: number;

            /** Vector3 y. */
            y: number;

            /** Vector3 z. */
            z: number;

            /**
             * Creates a new Vector3 instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Vector3 instance
             */
            static create(properties: farhand.v1.Vector3.$Shape): farhand.v1.Vector3 & farhand.v1.Vector3.$Shape;
            static create(properties?: farhand.v1.Vector3.$Properties): farhand.v1.Vector3;

            /**
             * Encodes the specified Vector3 message. Does not implicitly {@link farhand.v1.Vector3.verify|verify} messages.
             * @param message Vector3 message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.Vector3.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Vector3 message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.Vector3 & farhand.v1.Vector3.$Shape} Vector3
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.Vector3 & farhand.v1.Vector3.$Shape;

            /**
             * Verifies a Vector3 message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Vector3 message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Vector3
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.Vector3;

            /**
             * Creates a plain object from a Vector3 message. Also converts values to other types if specified.
             * @param message Vector3
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.Vector3, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Vector3 to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Vector3 {

            /** Properties of a Vector3. */
            interface $Properties {

                /** Vector3 x */
                x?: (number|null);

                /** Vector3 y */
                y?: (number|null);

                /** Vector3 z */
                z?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Vector3. */
            type $Shape = farhand.v1.Vector3.$Properties;
        }

        /**
         * Properties of a Quaternion.
         * @deprecated Use farhand.v1.Quaternion.$Properties instead.
         */
        interface IQuaternion extends farhand.v1.Quaternion.$Properties {
        }

        /** Unit quaternion, Hamilton convention, (x, y, z, w). */
        class Quaternion {

            /**
             * Constructs a new Quaternion.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.Quaternion.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Quaternion x. */
            x: number;

            /** Quaternion y. */
            y: number;

            /** Quaternion z. */
            z: number;

            /** Quaternion w. */
            w: number;

            /**
             * Creates a new Quaternion instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Quaternion instance
             */
            static create(properties: farhand.v1.Quaternion.$Shape): farhand.v1.Quaternion & farhand.v1.Quaternion.$Shape;
            static create(properties?: farhand.v1.Quaternion.$Properties): farhand.v1.Quaternion;

            /**
             * Encodes the specified Quaternion message. Does not implicitly {@link farhand.v1.Quaternion.verify|verify} messages.
             * @param message Quaternion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.Quaternion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Quaternion message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.Quaternion & farhand.v1.Quaternion.$Shape} Quaternion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.Quaternion & farhand.v1.Quaternion.$Shape;

            /**
             * Verifies a Quaternion message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Quaternion message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Quaternion
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.Quaternion;

            /**
             * Creates a plain object from a Quaternion message. Also converts values to other types if specified.
             * @param message Quaternion
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.Quaternion, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Quaternion to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Quaternion {

            /** Properties of a Quaternion. */
            interface $Properties {

                /** Quaternion x */
                x?: (number|null);

                /** Quaternion y */
                y?: (number|null);

                /** Quaternion z */
                z?: (number|null);

                /** Quaternion w */
                w?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Quaternion. */
            type $Shape = farhand.v1.Quaternion.$Properties;
        }

        /**
         * Properties of a Pose.
         * @deprecated Use farhand.v1.Pose.$Properties instead.
         */
        interface IPose extends farhand.v1.Pose.$Properties {
        }

        /** A Cartesian pose (CRTK "cp"): position in metres, orientation as a unit quaternion. */
        class Pose {

            /**
             * Constructs a new Pose.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.Pose.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** m */
            position?: (farhand.v1.Vector3.$Properties|null);

            /** Pose orientation. */
            orientation?: (farhand.v1.Quaternion.$Properties|null);

            /**
             * Creates a new Pose instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Pose instance
             */
            static create(properties: farhand.v1.Pose.$Shape): farhand.v1.Pose & farhand.v1.Pose.$Shape;
            static create(properties?: farhand.v1.Pose.$Properties): farhand.v1.Pose;

            /**
             * Encodes the specified Pose message. Does not implicitly {@link farhand.v1.Pose.verify|verify} messages.
             * @param message Pose message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.Pose.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Pose message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.Pose & farhand.v1.Pose.$Shape} Pose
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.Pose & farhand.v1.Pose.$Shape;

            /**
             * Verifies a Pose message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Pose message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Pose
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.Pose;

            /**
             * Creates a plain object from a Pose message. Also converts values to other types if specified.
             * @param message Pose
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.Pose, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Pose to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Pose {

            /** Properties of a Pose. */
            interface $Properties {

                /** m */
                position?: (farhand.v1.Vector3.$Properties|null);

                /** Pose orientation */
                orientation?: (farhand.v1.Quaternion.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Pose. */
            type $Shape = farhand.v1.Pose.$Properties;
        }

        /**
         * Properties of a Vector3f.
         * @deprecated Use farhand.v1.Vector3f.$Properties instead.
         */
        interface IVector3f extends farhand.v1.Vector3f.$Properties {
        }

        /** Compact forms for the hot path: float32 is ~60 nm at 0.5 m, far below a hand's resolution. */
        class Vector3f {

            /**
             * Constructs a new Vector3f.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.Vector3f.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Vector3f x. */
            x: number;

            /** Vector3f y. */
            y: number;

            /** Vector3f z. */
            z: number;

            /**
             * Creates a new Vector3f instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Vector3f instance
             */
            static create(properties: farhand.v1.Vector3f.$Shape): farhand.v1.Vector3f & farhand.v1.Vector3f.$Shape;
            static create(properties?: farhand.v1.Vector3f.$Properties): farhand.v1.Vector3f;

            /**
             * Encodes the specified Vector3f message. Does not implicitly {@link farhand.v1.Vector3f.verify|verify} messages.
             * @param message Vector3f message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.Vector3f.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Vector3f message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.Vector3f & farhand.v1.Vector3f.$Shape} Vector3f
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.Vector3f & farhand.v1.Vector3f.$Shape;

            /**
             * Verifies a Vector3f message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Vector3f message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Vector3f
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.Vector3f;

            /**
             * Creates a plain object from a Vector3f message. Also converts values to other types if specified.
             * @param message Vector3f
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.Vector3f, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Vector3f to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Vector3f {

            /** Properties of a Vector3f. */
            interface $Properties {

                /** Vector3f x */
                x?: (number|null);

                /** Vector3f y */
                y?: (number|null);

                /** Vector3f z */
                z?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Vector3f. */
            type $Shape = farhand.v1.Vector3f.$Properties;
        }

        /**
         * Properties of a Quaternionf.
         * @deprecated Use farhand.v1.Quaternionf.$Properties instead.
         */
        interface IQuaternionf extends farhand.v1.Quaternionf.$Properties {
        }

        /** Represents a Quaternionf. */
        class Quaternionf {

            /**
             * Constructs a new Quaternionf.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.Quaternionf.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Quaternionf x. */
            x: number;

            /** Quaternionf y. */
            y: number;

            /** Quaternionf z. */
            z: number;

            /** Quaternionf w. */
            w: number;

            /**
             * Creates a new Quaternionf instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Quaternionf instance
             */
            static create(properties: farhand.v1.Quaternionf.$Shape): farhand.v1.Quaternionf & farhand.v1.Quaternionf.$Shape;
            static create(properties?: farhand.v1.Quaternionf.$Properties): farhand.v1.Quaternionf;

            /**
             * Encodes the specified Quaternionf message. Does not implicitly {@link farhand.v1.Quaternionf.verify|verify} messages.
             * @param message Quaternionf message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.Quaternionf.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Quaternionf message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.Quaternionf & farhand.v1.Quaternionf.$Shape} Quaternionf
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.Quaternionf & farhand.v1.Quaternionf.$Shape;

            /**
             * Verifies a Quaternionf message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Quaternionf message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Quaternionf
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.Quaternionf;

            /**
             * Creates a plain object from a Quaternionf message. Also converts values to other types if specified.
             * @param message Quaternionf
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.Quaternionf, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Quaternionf to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Quaternionf {

            /** Properties of a Quaternionf. */
            interface $Properties {

                /** Quaternionf x */
                x?: (number|null);

                /** Quaternionf y */
                y?: (number|null);

                /** Quaternionf z */
                z?: (number|null);

                /** Quaternionf w */
                w?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Quaternionf. */
            type $Shape = farhand.v1.Quaternionf.$Properties;
        }

        /**
         * Properties of a MotionFrame.
         * @deprecated Use farhand.v1.MotionFrame.$Properties instead.
         */
        interface IMotionFrame extends farhand.v1.MotionFrame.$Properties {
        }

        /** Represents a MotionFrame. */
        class MotionFrame {

            /**
             * Constructs a new MotionFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.MotionFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** which arm (Welcome.arm_ids; the first arm is 0) */
            arm_id: number;

            /** strictly increasing per sender; duplicates and stale ones are dropped */
            seq: number;

            /** when the pose was sampled, sender's monotonic clock, ns */
            capture_time_ns: number;

            /** master (hand) position, m, in the console's frame */
            position?: (farhand.v1.Vector3f.$Properties|null);

            /** master orientation, unit quaternion (x, y, z, w); |q| within 1e-3 of 1 */
            orientation?: (farhand.v1.Quaternionf.$Properties|null);

            /** 0 = open .. 1 = closed */
            grip: number;

            /** true while the clutch is pressed: the tool holds, the hand may move */
            clutch: boolean;

            /** dead-man: true only while the surgeon actively holds the control */
            operator_present: boolean;

            /**
             * Protocol 1.1: both hands in one frame (a two-handed console). When `hands` is non-empty, the
             * single-hand fields arm_id, position, orientation, grip and clutch must be unset (a frame that sets
             * both is refused); seq, capture_time_ns and operator_present stay frame-wide. One frame carries both
             * hands so that a lost datagram loses both consistently and the camera mode sees both hands sampled at
             * the same instant; each hand names the instrument it drives. At most one hand per arm.
             */
            hands: farhand.v1.Hand.$Properties[];

            /** camera pedal held: both instruments hold, the hands move the camera arm (ECM) */
            camera: boolean;

            /**
             * Creates a new MotionFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MotionFrame instance
             */
            static create(properties: farhand.v1.MotionFrame.$Shape): farhand.v1.MotionFrame & farhand.v1.MotionFrame.$Shape;
            static create(properties?: farhand.v1.MotionFrame.$Properties): farhand.v1.MotionFrame;

            /**
             * Encodes the specified MotionFrame message. Does not implicitly {@link farhand.v1.MotionFrame.verify|verify} messages.
             * @param message MotionFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.MotionFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MotionFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.MotionFrame & farhand.v1.MotionFrame.$Shape} MotionFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.MotionFrame & farhand.v1.MotionFrame.$Shape;

            /**
             * Verifies a MotionFrame message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MotionFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MotionFrame
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.MotionFrame;

            /**
             * Creates a plain object from a MotionFrame message. Also converts values to other types if specified.
             * @param message MotionFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.MotionFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MotionFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace MotionFrame {

            /** Properties of a MotionFrame. */
            interface $Properties {

                /** which arm (Welcome.arm_ids; the first arm is 0) */
                arm_id?: (number|null);

                /** strictly increasing per sender; duplicates and stale ones are dropped */
                seq?: (number|null);

                /** when the pose was sampled, sender's monotonic clock, ns */
                capture_time_ns?: (number|null);

                /** master (hand) position, m, in the console's frame */
                position?: (farhand.v1.Vector3f.$Properties|null);

                /** master orientation, unit quaternion (x, y, z, w); |q| within 1e-3 of 1 */
                orientation?: (farhand.v1.Quaternionf.$Properties|null);

                /** 0 = open .. 1 = closed */
                grip?: (number|null);

                /** true while the clutch is pressed: the tool holds, the hand may move */
                clutch?: (boolean|null);

                /** dead-man: true only while the surgeon actively holds the control */
                operator_present?: (boolean|null);

                /**
                 * Protocol 1.1: both hands in one frame (a two-handed console). When `hands` is non-empty, the
                 * single-hand fields arm_id, position, orientation, grip and clutch must be unset (a frame that sets
                 * both is refused); seq, capture_time_ns and operator_present stay frame-wide. One frame carries both
                 * hands so that a lost datagram loses both consistently and the camera mode sees both hands sampled at
                 * the same instant; each hand names the instrument it drives. At most one hand per arm.
                 */
                hands?: (farhand.v1.Hand.$Properties[]|null);

                /** camera pedal held: both instruments hold, the hands move the camera arm (ECM) */
                camera?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MotionFrame. */
            type $Shape = farhand.v1.MotionFrame.$Properties;
        }

        /**
         * Properties of a Hand.
         * @deprecated Use farhand.v1.Hand.$Properties instead.
         */
        interface IHand extends farhand.v1.Hand.$Properties {
        }

        /** One hand of a two-handed MotionFrame (protocol 1.1). */
        class Hand {

            /**
             * Constructs a new Hand.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.Hand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** the instrument this hand drives (Welcome.arms, kind INSTRUMENT) */
            arm_id: number;

            /** master position, m, console (eye) frame */
            position?: (farhand.v1.Vector3f.$Properties|null);

            /** unit quaternion (x, y, z, w); |q| within 1e-3 of 1 */
            orientation?: (farhand.v1.Quaternionf.$Properties|null);

            /** 0 = open .. 1 = closed */
            grip: number;

            /** this hand's clutch: its instrument holds, the hand may move */
            clutch: boolean;

            /**
             * Creates a new Hand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hand instance
             */
            static create(properties: farhand.v1.Hand.$Shape): farhand.v1.Hand & farhand.v1.Hand.$Shape;
            static create(properties?: farhand.v1.Hand.$Properties): farhand.v1.Hand;

            /**
             * Encodes the specified Hand message. Does not implicitly {@link farhand.v1.Hand.verify|verify} messages.
             * @param message Hand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.Hand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.Hand & farhand.v1.Hand.$Shape} Hand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.Hand & farhand.v1.Hand.$Shape;

            /**
             * Verifies a Hand message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Hand message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Hand
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.Hand;

            /**
             * Creates a plain object from a Hand message. Also converts values to other types if specified.
             * @param message Hand
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.Hand, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Hand to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Hand {

            /** Properties of a Hand. */
            interface $Properties {

                /** the instrument this hand drives (Welcome.arms, kind INSTRUMENT) */
                arm_id?: (number|null);

                /** master position, m, console (eye) frame */
                position?: (farhand.v1.Vector3f.$Properties|null);

                /** unit quaternion (x, y, z, w); |q| within 1e-3 of 1 */
                orientation?: (farhand.v1.Quaternionf.$Properties|null);

                /** 0 = open .. 1 = closed */
                grip?: (number|null);

                /** this hand's clutch: its instrument holds, the hand may move */
                clutch?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hand. */
            type $Shape = farhand.v1.Hand.$Properties;
        }

        /**
         * Properties of a ClockProbe.
         * @deprecated Use farhand.v1.ClockProbe.$Properties instead.
         */
        interface IClockProbe extends farhand.v1.ClockProbe.$Properties {
        }

        /**
         * ---------------------------------------------------------------------------------------------
         * Clock probes, NTP style, in either direction.
         *
         * The originator sends { id, t0_ns, reply = false }. The responder answers at once with the same id and
         * t0_ns, t1_ns (its clock when the request arrived), t2_ns (its clock when the reply left) and
         * reply = true. The originator stamps t3_ns on arrival (t3_ns need not be on the wire). Then
         * offset = ((t1 - t0) + (t2 - t3)) / 2   (responder clock minus originator clock)
         * rtt    = (t3 - t0) - (t2 - t1)
         */
        class ClockProbe {

            /**
             * Constructs a new ClockProbe.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.ClockProbe.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClockProbe id. */
            id: number;

            /** originator send time, originator clock */
            t0_ns: number;

            /** responder receive time, responder clock */
            t1_ns: number;

            /** responder send time, responder clock */
            t2_ns: number;

            /** originator receive time, originator clock (optional) */
            t3_ns: number;

            /** ClockProbe reply. */
            reply: boolean;

            /**
             * Creates a new ClockProbe instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClockProbe instance
             */
            static create(properties: farhand.v1.ClockProbe.$Shape): farhand.v1.ClockProbe & farhand.v1.ClockProbe.$Shape;
            static create(properties?: farhand.v1.ClockProbe.$Properties): farhand.v1.ClockProbe;

            /**
             * Encodes the specified ClockProbe message. Does not implicitly {@link farhand.v1.ClockProbe.verify|verify} messages.
             * @param message ClockProbe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.ClockProbe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClockProbe message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.ClockProbe & farhand.v1.ClockProbe.$Shape} ClockProbe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.ClockProbe & farhand.v1.ClockProbe.$Shape;

            /**
             * Verifies a ClockProbe message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ClockProbe message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClockProbe
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.ClockProbe;

            /**
             * Creates a plain object from a ClockProbe message. Also converts values to other types if specified.
             * @param message ClockProbe
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.ClockProbe, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClockProbe to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ClockProbe {

            /** Properties of a ClockProbe. */
            interface $Properties {

                /** ClockProbe id */
                id?: (number|null);

                /** originator send time, originator clock */
                t0_ns?: (number|null);

                /** responder receive time, responder clock */
                t1_ns?: (number|null);

                /** responder send time, responder clock */
                t2_ns?: (number|null);

                /** originator receive time, originator clock (optional) */
                t3_ns?: (number|null);

                /** ClockProbe reply */
                reply?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClockProbe. */
            type $Shape = farhand.v1.ClockProbe.$Properties;
        }

        /** CommandType enum. */
        enum CommandType {

            /** COMMAND_TYPE_UNSPECIFIED value */
            COMMAND_TYPE_UNSPECIFIED = 0,

            /** start following; needs control, operator present, aligned orientation, fresh link */
            ENGAGE = 1,

            /** stop following, hold */
            DISENGAGE = 2,

            /** emergency stop: any authenticated role; latches until RESET_FAULT */
            ESTOP = 3,

            /** clear a latched fault or e-stop; the arm holds, a fresh ENGAGE is needed */
            RESET_FAULT = 4,

            /** ask for the control lock (surgeon) */
            REQUEST_CONTROL = 5,

            /** give the lock back */
            RELEASE_CONTROL = 6,

            /** argument scale: tool/master translation ratio in [0.1, 1.0] */
            SET_SCALE = 7,

            /** move the arm to its home pose (only when not following) */
            HOME = 8,

            /** argument flag: true = press, false = release (alternative to MotionFrame.clutch) */
            CLUTCH = 9,

            /** observer/engineer: hand the lock to target_session_id (explicit handover) */
            GRANT_CONTROL = 10
        }

        /**
         * Properties of a Command.
         * @deprecated Use farhand.v1.Command.$Properties instead.
         */
        interface ICommand extends farhand.v1.Command.$Properties {
        }

        /** Represents a Command. */
        class Command {

            /**
             * Constructs a new Command.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.Command.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** chosen by the sender, echoed in the ack */
            id: number;

            /** Command type. */
            type: farhand.v1.CommandType;

            /** SET_SCALE: tool/master ratio, 0.1 .. 1.0 */
            scale: number;

            /** CLUTCH: pressed */
            flag: boolean;

            /** GRANT_CONTROL: who receives the lock */
            target_session_id: string;

            /** arm addressed (0 = first arm) */
            arm_id: number;

            /**
             * Creates a new Command instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Command instance
             */
            static create(properties: farhand.v1.Command.$Shape): farhand.v1.Command & farhand.v1.Command.$Shape;
            static create(properties?: farhand.v1.Command.$Properties): farhand.v1.Command;

            /**
             * Encodes the specified Command message. Does not implicitly {@link farhand.v1.Command.verify|verify} messages.
             * @param message Command message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.Command & farhand.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.Command & farhand.v1.Command.$Shape;

            /**
             * Verifies a Command message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Command
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.Command;

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @param message Command
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.Command, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Command to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Command {

            /** Properties of a Command. */
            interface $Properties {

                /** chosen by the sender, echoed in the ack */
                id?: (number|null);

                /** Command type */
                type?: (farhand.v1.CommandType|null);

                /** SET_SCALE: tool/master ratio, 0.1 .. 1.0 */
                scale?: (number|null);

                /** CLUTCH: pressed */
                flag?: (boolean|null);

                /** GRANT_CONTROL: who receives the lock */
                target_session_id?: (string|null);

                /** arm addressed (0 = first arm) */
                arm_id?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Command. */
            type $Shape = farhand.v1.Command.$Properties;
        }

        /**
         * Properties of a CommandAck.
         * @deprecated Use farhand.v1.CommandAck.$Properties instead.
         */
        interface ICommandAck extends farhand.v1.CommandAck.$Properties {
        }

        /** Represents a CommandAck. */
        class CommandAck {

            /**
             * Constructs a new CommandAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.CommandAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Command.id */
            id: number;

            /** CommandAck ok. */
            ok: boolean;

            /** stable code when refused, e.g. NOT_CONTROLLER, MISALIGNED, then ": " and a sentence */
            reason: string;

            /** CommandAck type. */
            type: farhand.v1.CommandType;

            /**
             * Creates a new CommandAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommandAck instance
             */
            static create(properties: farhand.v1.CommandAck.$Shape): farhand.v1.CommandAck & farhand.v1.CommandAck.$Shape;
            static create(properties?: farhand.v1.CommandAck.$Properties): farhand.v1.CommandAck;

            /**
             * Encodes the specified CommandAck message. Does not implicitly {@link farhand.v1.CommandAck.verify|verify} messages.
             * @param message CommandAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.CommandAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommandAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.CommandAck & farhand.v1.CommandAck.$Shape} CommandAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.CommandAck & farhand.v1.CommandAck.$Shape;

            /**
             * Verifies a CommandAck message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CommandAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CommandAck
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.CommandAck;

            /**
             * Creates a plain object from a CommandAck message. Also converts values to other types if specified.
             * @param message CommandAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.CommandAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CommandAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace CommandAck {

            /** Properties of a CommandAck. */
            interface $Properties {

                /** Command.id */
                id?: (number|null);

                /** CommandAck ok */
                ok?: (boolean|null);

                /** stable code when refused, e.g. NOT_CONTROLLER, MISALIGNED, then ": " and a sentence */
                reason?: (string|null);

                /** CommandAck type */
                type?: (farhand.v1.CommandType|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommandAck. */
            type $Shape = farhand.v1.CommandAck.$Properties;
        }

        /** SupervisorState enum. */
        enum SupervisorState {

            /** SUPERVISOR_STATE_UNSPECIFIED value */
            SUPERVISOR_STATE_UNSPECIFIED = 0,

            /** not engaged; the arm holds its pose */
            IDLE = 1,

            /** engage accepted, waiting for the first playable frame */
            ENGAGING = 2,

            /** the tool follows the surgeon's hand */
            FOLLOWING = 3,

            /** clutch pressed: the tool holds while the hand repositions */
            CLUTCHED = 4,

            /** stale link, operator absent, poor link or lost clock: decelerated to a hold */
            HOLDING = 5,

            /** latched until RESET_FAULT */
            FAULT = 6,

            /** latched until RESET_FAULT */
            ESTOPPED = 7
        }

        /** CRTK operating state of the arm. */
        enum ArmOperatingState {

            /** ARM_STATE_UNSPECIFIED value */
            ARM_STATE_UNSPECIFIED = 0,

            /** ARM_DISABLED value */
            ARM_DISABLED = 1,

            /** ARM_ENABLED value */
            ARM_ENABLED = 2,

            /** ARM_PAUSED value */
            ARM_PAUSED = 3,

            /** ARM_FAULT value */
            ARM_FAULT = 4
        }

        /**
         * Properties of a LinkFigures.
         * @deprecated Use farhand.v1.LinkFigures.$Properties instead.
         */
        interface ILinkFigures extends farhand.v1.LinkFigures.$Properties {
        }

        /** Represents a LinkFigures. */
        class LinkFigures {

            /**
             * Constructs a new LinkFigures.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.LinkFigures.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** round-trip time, min-filtered over the last probes */
            rtt_s: number;

            /** console capture -> agent receive; NaN when clocks are not synced */
            one_way_delay_s: number;

            /** spread of one-way delay (RFC 3550 style smoothed) */
            jitter_s: number;

            /** 0..1, from sequence gaps over the last seconds */
            loss_ratio: number;

            /** D: capture + D is when a frame is played */
            playout_delay_s: number;

            /** LinkFigures frames_received. */
            frames_received: number;

            /** arrived past their playout time */
            frames_late: number;

            /** duplicates, stale or reordered-behind frames */
            frames_dropped: number;

            /** failed validation, not from the controller, flood */
            frames_refused: number;

            /** motion frames received per second */
            frame_rate_hz: number;

            /** agent clock minus console clock */
            clock_offset_s: number;

            /** LinkFigures clock_uncertainty_s. */
            clock_uncertainty_s: number;

            /** LinkFigures clock_synced. */
            clock_synced: boolean;

            /** refused by the master jump detector (impossible hand speed): not link loss */
            frames_refused_jump: number;

            /** never arrived (sequence gaps that were not filled later) */
            frames_lost: number;

            /** of the controller's motion frames the agent received, those that came over the DataChannel */
            frames_received_rtc: number;

            /**
             * Creates a new LinkFigures instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LinkFigures instance
             */
            static create(properties: farhand.v1.LinkFigures.$Shape): farhand.v1.LinkFigures & farhand.v1.LinkFigures.$Shape;
            static create(properties?: farhand.v1.LinkFigures.$Properties): farhand.v1.LinkFigures;

            /**
             * Encodes the specified LinkFigures message. Does not implicitly {@link farhand.v1.LinkFigures.verify|verify} messages.
             * @param message LinkFigures message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.LinkFigures.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LinkFigures message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.LinkFigures & farhand.v1.LinkFigures.$Shape} LinkFigures
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.LinkFigures & farhand.v1.LinkFigures.$Shape;

            /**
             * Verifies a LinkFigures message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LinkFigures message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LinkFigures
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.LinkFigures;

            /**
             * Creates a plain object from a LinkFigures message. Also converts values to other types if specified.
             * @param message LinkFigures
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.LinkFigures, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LinkFigures to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LinkFigures {

            /** Properties of a LinkFigures. */
            interface $Properties {

                /** round-trip time, min-filtered over the last probes */
                rtt_s?: (number|null);

                /** console capture -> agent receive; NaN when clocks are not synced */
                one_way_delay_s?: (number|null);

                /** spread of one-way delay (RFC 3550 style smoothed) */
                jitter_s?: (number|null);

                /** 0..1, from sequence gaps over the last seconds */
                loss_ratio?: (number|null);

                /** D: capture + D is when a frame is played */
                playout_delay_s?: (number|null);

                /** LinkFigures frames_received */
                frames_received?: (number|null);

                /** arrived past their playout time */
                frames_late?: (number|null);

                /** duplicates, stale or reordered-behind frames */
                frames_dropped?: (number|null);

                /** failed validation, not from the controller, flood */
                frames_refused?: (number|null);

                /** motion frames received per second */
                frame_rate_hz?: (number|null);

                /** agent clock minus console clock */
                clock_offset_s?: (number|null);

                /** LinkFigures clock_uncertainty_s */
                clock_uncertainty_s?: (number|null);

                /** LinkFigures clock_synced */
                clock_synced?: (boolean|null);

                /** refused by the master jump detector (impossible hand speed): not link loss */
                frames_refused_jump?: (number|null);

                /** never arrived (sequence gaps that were not filled later) */
                frames_lost?: (number|null);

                /** of the controller's motion frames the agent received, those that came over the DataChannel */
                frames_received_rtc?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LinkFigures. */
            type $Shape = farhand.v1.LinkFigures.$Properties;
        }

        /**
         * Properties of a Telemetry.
         * @deprecated Use farhand.v1.Telemetry.$Properties instead.
         */
        interface ITelemetry extends farhand.v1.Telemetry.$Properties {
        }

        /** Represents a Telemetry. */
        class Telemetry {

            /**
             * Constructs a new Telemetry.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.Telemetry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** agent monotonic clock */
            agent_time_ns: number;

            /** Telemetry state. */
            state: farhand.v1.SupervisorState;

            /** stable code of the last transition (e.g. LINK_STALE) */
            reason: string;

            /** measured tool tip pose, PSM base (RCM) frame */
            measured_cp?: (farhand.v1.Pose.$Properties|null);

            /** commanded tool tip pose */
            setpoint_cp?: (farhand.v1.Pose.$Properties|null);

            /** joint positions: rad, insertion in m (6 joints) */
            measured_js: number[];

            /** Telemetry setpoint_js. */
            setpoint_js: number[];

            /** Telemetry jaw_measured_rad. */
            jaw_measured_rad: number;

            /** Telemetry jaw_setpoint_rad. */
            jaw_setpoint_rad: number;

            /** seq of the newest frame played out */
            last_applied_seq: number;

            /** figures for the controlling console */
            link?: (farhand.v1.LinkFigures.$Properties|null);

            /** Telemetry operating_state. */
            operating_state: farhand.v1.ArmOperatingState;

            /** Telemetry controller_session_id. */
            controller_session_id: string;

            /** Telemetry motion_scale. */
            motion_scale: number;

            /** Telemetry arm_id. */
            arm_id: number;

            /** newest master pose played out, console frame */
            master_cp?: (farhand.v1.Pose.$Properties|null);

            /** Telemetry loop_overruns. */
            loop_overruns: number;

            /** Telemetry loop_period_error_p99_s. */
            loop_period_error_p99_s: number;

            /** Telemetry recording. */
            recording: boolean;

            /** Telemetry recording_bytes. */
            recording_bytes: number;

            /** Hand-to-setpoint delay and its parts, measured (not assumed): total = playout + filter + tick. */
            total_delay_s: number;

            /** delay the tremor filter adds at surgical frequencies (0 when zero-phase) */
            filter_delay_s: number;

            /** quantisation of the control tick and the loop's own latency */
            tick_delay_s: number;

            /** true when the buffer is too short for the zero-phase filter */
            tremor_filter_causal: boolean;

            /** orientation mode in force for the controller */
            master_kind: farhand.v1.MasterKind;

            /** what carried the controller's newest motion frame */
            motion_transport: farhand.v1.MotionTransport;

            /**
             * Protocol 1.1. The fields above describe the first arm (arm_ids[0]); `arms` describes every arm,
             * the first included, from the same tick.
             */
            arms: farhand.v1.ArmTelemetry.$Properties[];

            /** the camera pedal is held and the ECM follows the hands */
            camera_mode: boolean;

            /**
             * Issue 14 (fields 40-49): the field's video as the controlling console reports it (its newest
             * VideoReport, validated), plus what the agent sent. Absent: no console reports video.
             */
            video?: (farhand.v1.VideoFigures.$Properties|null);

            /**
             * Creates a new Telemetry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Telemetry instance
             */
            static create(properties: farhand.v1.Telemetry.$Shape): farhand.v1.Telemetry & farhand.v1.Telemetry.$Shape;
            static create(properties?: farhand.v1.Telemetry.$Properties): farhand.v1.Telemetry;

            /**
             * Encodes the specified Telemetry message. Does not implicitly {@link farhand.v1.Telemetry.verify|verify} messages.
             * @param message Telemetry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.Telemetry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Telemetry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.Telemetry & farhand.v1.Telemetry.$Shape} Telemetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.Telemetry & farhand.v1.Telemetry.$Shape;

            /**
             * Verifies a Telemetry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Telemetry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Telemetry
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.Telemetry;

            /**
             * Creates a plain object from a Telemetry message. Also converts values to other types if specified.
             * @param message Telemetry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.Telemetry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Telemetry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Telemetry {

            /** Properties of a Telemetry. */
            interface $Properties {

                /** agent monotonic clock */
                agent_time_ns?: (number|null);

                /** Telemetry state */
                state?: (farhand.v1.SupervisorState|null);

                /** stable code of the last transition (e.g. LINK_STALE) */
                reason?: (string|null);

                /** measured tool tip pose, PSM base (RCM) frame */
                measured_cp?: (farhand.v1.Pose.$Properties|null);

                /** commanded tool tip pose */
                setpoint_cp?: (farhand.v1.Pose.$Properties|null);

                /** joint positions: rad, insertion in m (6 joints) */
                measured_js?: (number[]|null);

                /** Telemetry setpoint_js */
                setpoint_js?: (number[]|null);

                /** Telemetry jaw_measured_rad */
                jaw_measured_rad?: (number|null);

                /** Telemetry jaw_setpoint_rad */
                jaw_setpoint_rad?: (number|null);

                /** seq of the newest frame played out */
                last_applied_seq?: (number|null);

                /** figures for the controlling console */
                link?: (farhand.v1.LinkFigures.$Properties|null);

                /** Telemetry operating_state */
                operating_state?: (farhand.v1.ArmOperatingState|null);

                /** Telemetry controller_session_id */
                controller_session_id?: (string|null);

                /** Telemetry motion_scale */
                motion_scale?: (number|null);

                /** Telemetry arm_id */
                arm_id?: (number|null);

                /** newest master pose played out, console frame */
                master_cp?: (farhand.v1.Pose.$Properties|null);

                /** Telemetry loop_overruns */
                loop_overruns?: (number|null);

                /** Telemetry loop_period_error_p99_s */
                loop_period_error_p99_s?: (number|null);

                /** Telemetry recording */
                recording?: (boolean|null);

                /** Telemetry recording_bytes */
                recording_bytes?: (number|null);

                /** Hand-to-setpoint delay and its parts, measured (not assumed): total = playout + filter + tick. */
                total_delay_s?: (number|null);

                /** delay the tremor filter adds at surgical frequencies (0 when zero-phase) */
                filter_delay_s?: (number|null);

                /** quantisation of the control tick and the loop's own latency */
                tick_delay_s?: (number|null);

                /** true when the buffer is too short for the zero-phase filter */
                tremor_filter_causal?: (boolean|null);

                /** orientation mode in force for the controller */
                master_kind?: (farhand.v1.MasterKind|null);

                /** what carried the controller's newest motion frame */
                motion_transport?: (farhand.v1.MotionTransport|null);

                /**
                 * Protocol 1.1. The fields above describe the first arm (arm_ids[0]); `arms` describes every arm,
                 * the first included, from the same tick.
                 */
                arms?: (farhand.v1.ArmTelemetry.$Properties[]|null);

                /** the camera pedal is held and the ECM follows the hands */
                camera_mode?: (boolean|null);

                /**
                 * Issue 14 (fields 40-49): the field's video as the controlling console reports it (its newest
                 * VideoReport, validated), plus what the agent sent. Absent: no console reports video.
                 */
                video?: (farhand.v1.VideoFigures.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Telemetry. */
            type $Shape = farhand.v1.Telemetry.$Properties;
        }

        /**
         * Properties of a VideoReport.
         * @deprecated Use farhand.v1.VideoReport.$Properties instead.
         */
        interface IVideoReport extends farhand.v1.VideoReport.$Properties {
        }

        /**
         * A console's measurement of the video it displayed during the last `interval_s` (client -> agent,
         * Envelope.video_report). Every figure is measured on the displayed frames: glass-to-glass is
         * capture (agent clock, the frame's timecode strip) -> display (requestVideoFrameCallback's expected
         * display time, through the control channel's clock sync). The agent validates every field (bounds
         * below), rate-limits reports to 4 per second per session and uses them for figures only (metrics,
         * telemetry, recording): a report never reaches the control loop.
         */
        class VideoReport {

            /**
             * Constructs a new VideoReport.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.VideoReport.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** increasing per session (a repeat or older one is dropped) */
            seq: number;

            /** the span this report covers, 0.1 .. 10 s */
            interval_s: number;

            /** one per displayed frame with a readable timecode, 0 .. 10000 ms, at most 600 */
            glass_to_glass_ms: number[];

            /** frames shown in the interval, at most 240 per second of interval */
            frames_displayed: number;

            /** timecode frame-number gaps (never displayed) in the interval, at most 100000 */
            frames_lost: number;

            /** displayed frames whose timecode strip failed its CRC */
            frames_unreadable: number;

            /** gaps of more than 200 ms without a new frame that ended or began in the interval */
            freezes: number;

            /** the longest gap without a new frame in the interval, 0 .. 60000 ms */
            longest_freeze_ms: number;

            /** received video bitrate (getStats inbound-rtp bytesReceived), 0 .. 1e9 */
            bitrate_bps: number;

            /** frames displayed per second, 0 .. 240 */
            frame_rate_hz: number;

            /** mean jitter buffer delay per frame emitted in the interval (getStats), 0 .. 10000; NaN unknown */
            jitter_buffer_ms: number;

            /** mean decode time per frame in the interval (getStats totalDecodeTime), 0 .. 10000; NaN unknown */
            decode_ms: number;

            /** decoded frame size, px (0: unknown), at most 8192 */
            width: number;

            /** VideoReport height. */
            height: number;

            /** getStats inbound-rtp packetsLost in the interval */
            packets_lost: number;

            /** NACKs sent in the interval */
            nacks: number;

            /** PLIs sent in the interval */
            plis: number;

            /**
             * Creates a new VideoReport instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VideoReport instance
             */
            static create(properties: farhand.v1.VideoReport.$Shape): farhand.v1.VideoReport & farhand.v1.VideoReport.$Shape;
            static create(properties?: farhand.v1.VideoReport.$Properties): farhand.v1.VideoReport;

            /**
             * Encodes the specified VideoReport message. Does not implicitly {@link farhand.v1.VideoReport.verify|verify} messages.
             * @param message VideoReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.VideoReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VideoReport message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.VideoReport & farhand.v1.VideoReport.$Shape} VideoReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.VideoReport & farhand.v1.VideoReport.$Shape;

            /**
             * Verifies a VideoReport message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VideoReport message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VideoReport
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.VideoReport;

            /**
             * Creates a plain object from a VideoReport message. Also converts values to other types if specified.
             * @param message VideoReport
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.VideoReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VideoReport to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace VideoReport {

            /** Properties of a VideoReport. */
            interface $Properties {

                /** increasing per session (a repeat or older one is dropped) */
                seq?: (number|null);

                /** the span this report covers, 0.1 .. 10 s */
                interval_s?: (number|null);

                /** one per displayed frame with a readable timecode, 0 .. 10000 ms, at most 600 */
                glass_to_glass_ms?: (number[]|null);

                /** frames shown in the interval, at most 240 per second of interval */
                frames_displayed?: (number|null);

                /** timecode frame-number gaps (never displayed) in the interval, at most 100000 */
                frames_lost?: (number|null);

                /** displayed frames whose timecode strip failed its CRC */
                frames_unreadable?: (number|null);

                /** gaps of more than 200 ms without a new frame that ended or began in the interval */
                freezes?: (number|null);

                /** the longest gap without a new frame in the interval, 0 .. 60000 ms */
                longest_freeze_ms?: (number|null);

                /** received video bitrate (getStats inbound-rtp bytesReceived), 0 .. 1e9 */
                bitrate_bps?: (number|null);

                /** frames displayed per second, 0 .. 240 */
                frame_rate_hz?: (number|null);

                /** mean jitter buffer delay per frame emitted in the interval (getStats), 0 .. 10000; NaN unknown */
                jitter_buffer_ms?: (number|null);

                /** mean decode time per frame in the interval (getStats totalDecodeTime), 0 .. 10000; NaN unknown */
                decode_ms?: (number|null);

                /** decoded frame size, px (0: unknown), at most 8192 */
                width?: (number|null);

                /** VideoReport height */
                height?: (number|null);

                /** getStats inbound-rtp packetsLost in the interval */
                packets_lost?: (number|null);

                /** NACKs sent in the interval */
                nacks?: (number|null);

                /** PLIs sent in the interval */
                plis?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VideoReport. */
            type $Shape = farhand.v1.VideoReport.$Properties;
        }

        /**
         * Properties of a VideoFigures.
         * @deprecated Use farhand.v1.VideoFigures.$Properties instead.
         */
        interface IVideoFigures extends farhand.v1.VideoFigures.$Properties {
        }

        /** The field's video figures in Telemetry (field 40). */
        class VideoFigures {

            /**
             * Constructs a new VideoFigures.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.VideoFigures.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** the console whose report this is (the controller's when it reports) */
            session_id: string;

            /** over that console's newest report (NaN: no readable frame) */
            glass_to_glass_p50_ms: number;

            /** VideoFigures glass_to_glass_p99_ms. */
            glass_to_glass_p99_ms: number;

            /** VideoFigures frame_rate_hz. */
            frame_rate_hz: number;

            /** VideoFigures bitrate_bps. */
            bitrate_bps: number;

            /** since that console's video started (sum of its reports) */
            frames_lost: number;

            /** the same */
            freezes: number;

            /** the longest since the video started */
            longest_freeze_ms: number;

            /** agent: frames the source delivered since start */
            frames_captured: number;

            /** agent: frames handed to the encoder since start */
            frames_sent: number;

            /** how old the newest report is (a console that stopped reporting shows a growing age) */
            report_age_s: number;

            /**
             * Creates a new VideoFigures instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VideoFigures instance
             */
            static create(properties: farhand.v1.VideoFigures.$Shape): farhand.v1.VideoFigures & farhand.v1.VideoFigures.$Shape;
            static create(properties?: farhand.v1.VideoFigures.$Properties): farhand.v1.VideoFigures;

            /**
             * Encodes the specified VideoFigures message. Does not implicitly {@link farhand.v1.VideoFigures.verify|verify} messages.
             * @param message VideoFigures message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.VideoFigures.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VideoFigures message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.VideoFigures & farhand.v1.VideoFigures.$Shape} VideoFigures
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.VideoFigures & farhand.v1.VideoFigures.$Shape;

            /**
             * Verifies a VideoFigures message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VideoFigures message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VideoFigures
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.VideoFigures;

            /**
             * Creates a plain object from a VideoFigures message. Also converts values to other types if specified.
             * @param message VideoFigures
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.VideoFigures, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VideoFigures to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace VideoFigures {

            /** Properties of a VideoFigures. */
            interface $Properties {

                /** the console whose report this is (the controller's when it reports) */
                session_id?: (string|null);

                /** over that console's newest report (NaN: no readable frame) */
                glass_to_glass_p50_ms?: (number|null);

                /** VideoFigures glass_to_glass_p99_ms */
                glass_to_glass_p99_ms?: (number|null);

                /** VideoFigures frame_rate_hz */
                frame_rate_hz?: (number|null);

                /** VideoFigures bitrate_bps */
                bitrate_bps?: (number|null);

                /** since that console's video started (sum of its reports) */
                frames_lost?: (number|null);

                /** the same */
                freezes?: (number|null);

                /** the longest since the video started */
                longest_freeze_ms?: (number|null);

                /** agent: frames the source delivered since start */
                frames_captured?: (number|null);

                /** agent: frames handed to the encoder since start */
                frames_sent?: (number|null);

                /** how old the newest report is (a console that stopped reporting shows a growing age) */
                report_age_s?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VideoFigures. */
            type $Shape = farhand.v1.VideoFigures.$Properties;
        }

        /**
         * Properties of an ArmTelemetry.
         * @deprecated Use farhand.v1.ArmTelemetry.$Properties instead.
         */
        interface IArmTelemetry extends farhand.v1.ArmTelemetry.$Properties {
        }

        /** One arm's state in a Telemetry (protocol 1.1). */
        class ArmTelemetry {

            /**
             * Constructs a new ArmTelemetry.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.ArmTelemetry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ArmTelemetry arm_id. */
            arm_id: number;

            /** ArmTelemetry state. */
            state: farhand.v1.SupervisorState;

            /** ArmTelemetry reason. */
            reason: string;

            /** the arm's own base frame (PSM: RCM frame) */
            measured_cp?: (farhand.v1.Pose.$Properties|null);

            /** ArmTelemetry setpoint_cp. */
            setpoint_cp?: (farhand.v1.Pose.$Properties|null);

            /** ArmTelemetry measured_js. */
            measured_js: number[];

            /** 0 for the ECM */
            jaw_measured_rad: number;

            /** ArmTelemetry jaw_setpoint_rad. */
            jaw_setpoint_rad: number;

            /** ArmTelemetry operating_state. */
            operating_state: farhand.v1.ArmOperatingState;

            /** the hand pose played out for this arm, console frame */
            master_cp?: (farhand.v1.Pose.$Properties|null);

            /** the arm's base in the cart (world) frame, as the dVRK system file places it */
            base_frame?: (farhand.v1.Pose.$Properties|null);

            /**
             * Creates a new ArmTelemetry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ArmTelemetry instance
             */
            static create(properties: farhand.v1.ArmTelemetry.$Shape): farhand.v1.ArmTelemetry & farhand.v1.ArmTelemetry.$Shape;
            static create(properties?: farhand.v1.ArmTelemetry.$Properties): farhand.v1.ArmTelemetry;

            /**
             * Encodes the specified ArmTelemetry message. Does not implicitly {@link farhand.v1.ArmTelemetry.verify|verify} messages.
             * @param message ArmTelemetry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.ArmTelemetry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ArmTelemetry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.ArmTelemetry & farhand.v1.ArmTelemetry.$Shape} ArmTelemetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.ArmTelemetry & farhand.v1.ArmTelemetry.$Shape;

            /**
             * Verifies an ArmTelemetry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ArmTelemetry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ArmTelemetry
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.ArmTelemetry;

            /**
             * Creates a plain object from an ArmTelemetry message. Also converts values to other types if specified.
             * @param message ArmTelemetry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.ArmTelemetry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ArmTelemetry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ArmTelemetry {

            /** Properties of an ArmTelemetry. */
            interface $Properties {

                /** ArmTelemetry arm_id */
                arm_id?: (number|null);

                /** ArmTelemetry state */
                state?: (farhand.v1.SupervisorState|null);

                /** ArmTelemetry reason */
                reason?: (string|null);

                /** the arm's own base frame (PSM: RCM frame) */
                measured_cp?: (farhand.v1.Pose.$Properties|null);

                /** ArmTelemetry setpoint_cp */
                setpoint_cp?: (farhand.v1.Pose.$Properties|null);

                /** ArmTelemetry measured_js */
                measured_js?: (number[]|null);

                /** 0 for the ECM */
                jaw_measured_rad?: (number|null);

                /** ArmTelemetry jaw_setpoint_rad */
                jaw_setpoint_rad?: (number|null);

                /** ArmTelemetry operating_state */
                operating_state?: (farhand.v1.ArmOperatingState|null);

                /** the hand pose played out for this arm, console frame */
                master_cp?: (farhand.v1.Pose.$Properties|null);

                /** the arm's base in the cart (world) frame, as the dVRK system file places it */
                base_frame?: (farhand.v1.Pose.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ArmTelemetry. */
            type $Shape = farhand.v1.ArmTelemetry.$Properties;
        }

        /** MotionTransport enum. */
        enum MotionTransport {

            /** no controller, or no frame from it yet */
            MOTION_TRANSPORT_UNSPECIFIED = 0,

            /** over the session's WebSocket (TCP: reliable, ordered, stalls on loss) */
            WEBSOCKET = 1,

            /** over the session's DataChannel (SCTP, unordered, never retransmitted) */
            WEBRTC_DATACHANNEL = 2
        }

        /** Severity enum. */
        enum Severity {

            /** SEVERITY_UNSPECIFIED value */
            SEVERITY_UNSPECIFIED = 0,

            /** INFO value */
            INFO = 1,

            /** WARNING value */
            WARNING = 2,

            /** needs attention (e.g. fault) */
            ALARM = 3,

            /** e-stop and the like */
            CRITICAL = 4
        }

        /**
         * Properties of an Event.
         * @deprecated Use farhand.v1.Event.$Properties instead.
         */
        interface IEvent extends farhand.v1.Event.$Properties {
        }

        /** Represents an Event. */
        class Event {

            /**
             * Constructs a new Event.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.Event.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Event agent_time_ns. */
            agent_time_ns: number;

            /** Event severity. */
            severity: farhand.v1.Severity;

            /** stable, e.g. LINK_STALE, ESTOP, TRACKING_ERROR, CONTROL_GRANTED */
            code: string;

            /** a sentence for people */
            message: string;

            /** the session it concerns, if any */
            session_id: string;

            /** Event arm_id. */
            arm_id: number;

            /**
             * Creates a new Event instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Event instance
             */
            static create(properties: farhand.v1.Event.$Shape): farhand.v1.Event & farhand.v1.Event.$Shape;
            static create(properties?: farhand.v1.Event.$Properties): farhand.v1.Event;

            /**
             * Encodes the specified Event message. Does not implicitly {@link farhand.v1.Event.verify|verify} messages.
             * @param message Event message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.Event & farhand.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.Event & farhand.v1.Event.$Shape;

            /**
             * Verifies an Event message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Event
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.Event;

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @param message Event
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Event to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Event {

            /** Properties of an Event. */
            interface $Properties {

                /** Event agent_time_ns */
                agent_time_ns?: (number|null);

                /** Event severity */
                severity?: (farhand.v1.Severity|null);

                /** stable, e.g. LINK_STALE, ESTOP, TRACKING_ERROR, CONTROL_GRANTED */
                code?: (string|null);

                /** a sentence for people */
                message?: (string|null);

                /** the session it concerns, if any */
                session_id?: (string|null);

                /** Event arm_id */
                arm_id?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Event. */
            type $Shape = farhand.v1.Event.$Properties;
        }

        /** RtcSignalType enum. */
        enum RtcSignalType {

            /** RTC_SIGNAL_TYPE_UNSPECIFIED value */
            RTC_SIGNAL_TYPE_UNSPECIFIED = 0,

            /** client -> agent: sdp is the client's offer (one DataChannel, no media) */
            OFFER = 1,

            /** agent -> client: sdp is the agent's answer */
            ANSWER = 2,

            /** either way: one ICE candidate (candidate empty = end of candidates) */
            CANDIDATE = 3,

            /** either way: the peer connection is closed; reason says why */
            CLOSE = 4
        }

        /**
         * Properties of a RtcSignal.
         * @deprecated Use farhand.v1.RtcSignal.$Properties instead.
         */
        interface IRtcSignal extends farhand.v1.RtcSignal.$Properties {
        }

        /** Represents a RtcSignal. */
        class RtcSignal {

            /**
             * Constructs a new RtcSignal.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.RtcSignal.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RtcSignal type. */
            type: farhand.v1.RtcSignalType;

            /** OFFER, ANSWER: the session description (SDP text), at most 16384 characters */
            sdp: string;

            /** CANDIDATE: "candidate:..." as RTCIceCandidate.candidate gives it, at most 512 characters */
            candidate: string;

            /** CANDIDATE: media stream id the candidate belongs to ("0" for a DataChannel-only peer) */
            sdp_mid: string;

            /** CANDIDATE: m-line index (0 for a DataChannel-only peer) */
            sdp_mline_index: number;

            /** CLOSE: a stable code, ": " and a sentence */
            reason: string;

            /**
             * Creates a new RtcSignal instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RtcSignal instance
             */
            static create(properties: farhand.v1.RtcSignal.$Shape): farhand.v1.RtcSignal & farhand.v1.RtcSignal.$Shape;
            static create(properties?: farhand.v1.RtcSignal.$Properties): farhand.v1.RtcSignal;

            /**
             * Encodes the specified RtcSignal message. Does not implicitly {@link farhand.v1.RtcSignal.verify|verify} messages.
             * @param message RtcSignal message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.RtcSignal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RtcSignal message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.RtcSignal & farhand.v1.RtcSignal.$Shape} RtcSignal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.RtcSignal & farhand.v1.RtcSignal.$Shape;

            /**
             * Verifies a RtcSignal message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RtcSignal message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RtcSignal
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.RtcSignal;

            /**
             * Creates a plain object from a RtcSignal message. Also converts values to other types if specified.
             * @param message RtcSignal
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.RtcSignal, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RtcSignal to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RtcSignal {

            /** Properties of a RtcSignal. */
            interface $Properties {

                /** RtcSignal type */
                type?: (farhand.v1.RtcSignalType|null);

                /** OFFER, ANSWER: the session description (SDP text), at most 16384 characters */
                sdp?: (string|null);

                /** CANDIDATE: "candidate:..." as RTCIceCandidate.candidate gives it, at most 512 characters */
                candidate?: (string|null);

                /** CANDIDATE: media stream id the candidate belongs to ("0" for a DataChannel-only peer) */
                sdp_mid?: (string|null);

                /** CANDIDATE: m-line index (0 for a DataChannel-only peer) */
                sdp_mline_index?: (number|null);

                /** CLOSE: a stable code, ": " and a sentence */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RtcSignal. */
            type $Shape = farhand.v1.RtcSignal.$Properties;
        }

        /**
         * Properties of a SessionStart.
         * @deprecated Use farhand.v1.SessionStart.$Properties instead.
         */
        interface ISessionStart extends farhand.v1.SessionStart.$Properties {
        }

        /** Represents a SessionStart. */
        class SessionStart {

            /**
             * Constructs a new SessionStart.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.SessionStart.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** the recording's id (agent run) */
            session_id: string;

            /** SessionStart agent_version. */
            agent_version: string;

            /** SessionStart protocol_major. */
            protocol_major: number;

            /** SessionStart protocol_minor. */
            protocol_minor: number;

            /** the full effective config (core + sim), JSON */
            config_json: string;

            /** agent monotonic clock at tick 0 */
            start_time_ns: number;

            /** wall clock at start, for people only */
            wall_clock_iso: string;

            /** SessionStart sim_seed. */
            sim_seed: number;

            /** "sim" or "ros" */
            arm_driver: string;

            /**
             * Issue 15 (fields 20-39): several arms. Empty for a one-arm session (its file is as before); with
             * config `arms`, every arm in wire order (arm_id = index), the first included.
             */
            arms: farhand.v1.RecordedArm.$Properties[];

            /**
             * Creates a new SessionStart instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SessionStart instance
             */
            static create(properties: farhand.v1.SessionStart.$Shape): farhand.v1.SessionStart & farhand.v1.SessionStart.$Shape;
            static create(properties?: farhand.v1.SessionStart.$Properties): farhand.v1.SessionStart;

            /**
             * Encodes the specified SessionStart message. Does not implicitly {@link farhand.v1.SessionStart.verify|verify} messages.
             * @param message SessionStart message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.SessionStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SessionStart message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.SessionStart & farhand.v1.SessionStart.$Shape} SessionStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.SessionStart & farhand.v1.SessionStart.$Shape;

            /**
             * Verifies a SessionStart message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SessionStart message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SessionStart
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.SessionStart;

            /**
             * Creates a plain object from a SessionStart message. Also converts values to other types if specified.
             * @param message SessionStart
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.SessionStart, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SessionStart to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SessionStart {

            /** Properties of a SessionStart. */
            interface $Properties {

                /** the recording's id (agent run) */
                session_id?: (string|null);

                /** SessionStart agent_version */
                agent_version?: (string|null);

                /** SessionStart protocol_major */
                protocol_major?: (number|null);

                /** SessionStart protocol_minor */
                protocol_minor?: (number|null);

                /** the full effective config (core + sim), JSON */
                config_json?: (string|null);

                /** agent monotonic clock at tick 0 */
                start_time_ns?: (number|null);

                /** wall clock at start, for people only */
                wall_clock_iso?: (string|null);

                /** SessionStart sim_seed */
                sim_seed?: (number|null);

                /** "sim" or "ros" */
                arm_driver?: (string|null);

                /**
                 * Issue 15 (fields 20-39): several arms. Empty for a one-arm session (its file is as before); with
                 * config `arms`, every arm in wire order (arm_id = index), the first included.
                 */
                arms?: (farhand.v1.RecordedArm.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SessionStart. */
            type $Shape = farhand.v1.SessionStart.$Properties;
        }

        /**
         * Properties of a RecordedArm.
         * @deprecated Use farhand.v1.RecordedArm.$Properties instead.
         */
        interface IRecordedArm extends farhand.v1.RecordedArm.$Properties {
        }

        /**
         * One arm of a multi-arm session: who it is and where the dVRK system file places its base (RCM) frame
         * in the cart frame, so a reader places every arm's tick rows without the agent's config or the sim.
         */
        class RecordedArm {

            /**
             * Constructs a new RecordedArm.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.RecordedArm.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RecordedArm arm_id. */
            arm_id: number;

            /** PSM1, PSM2, ECM */
            name: string;

            /** RecordedArm kind. */
            kind: farhand.v1.ArmKind;

            /** the arm's base frame in the cart frame (m, quaternion xyzw) */
            base_in_cart?: (farhand.v1.Pose.$Properties|null);

            /**
             * Creates a new RecordedArm instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RecordedArm instance
             */
            static create(properties: farhand.v1.RecordedArm.$Shape): farhand.v1.RecordedArm & farhand.v1.RecordedArm.$Shape;
            static create(properties?: farhand.v1.RecordedArm.$Properties): farhand.v1.RecordedArm;

            /**
             * Encodes the specified RecordedArm message. Does not implicitly {@link farhand.v1.RecordedArm.verify|verify} messages.
             * @param message RecordedArm message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.RecordedArm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RecordedArm message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.RecordedArm & farhand.v1.RecordedArm.$Shape} RecordedArm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.RecordedArm & farhand.v1.RecordedArm.$Shape;

            /**
             * Verifies a RecordedArm message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RecordedArm message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RecordedArm
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.RecordedArm;

            /**
             * Creates a plain object from a RecordedArm message. Also converts values to other types if specified.
             * @param message RecordedArm
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.RecordedArm, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RecordedArm to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RecordedArm {

            /** Properties of a RecordedArm. */
            interface $Properties {

                /** RecordedArm arm_id */
                arm_id?: (number|null);

                /** PSM1, PSM2, ECM */
                name?: (string|null);

                /** RecordedArm kind */
                kind?: (farhand.v1.ArmKind|null);

                /** the arm's base frame in the cart frame (m, quaternion xyzw) */
                base_in_cart?: (farhand.v1.Pose.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RecordedArm. */
            type $Shape = farhand.v1.RecordedArm.$Properties;
        }

        /**
         * Properties of a RecordedFrame.
         * @deprecated Use farhand.v1.RecordedFrame.$Properties instead.
         */
        interface IRecordedFrame extends farhand.v1.RecordedFrame.$Properties {
        }

        /** Represents a RecordedFrame. */
        class RecordedFrame {

            /**
             * Constructs a new RecordedFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.RecordedFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RecordedFrame tick. */
            tick: number;

            /** agent clock */
            receive_time_ns: number;

            /** sender's session */
            session_id: string;

            /** RecordedFrame frame. */
            frame?: (farhand.v1.MotionFrame.$Properties|null);

            /** refused before the core (validation, not controller, flood) */
            refused: boolean;

            /** RecordedFrame refuse_reason. */
            refuse_reason: string;

            /**
             * Creates a new RecordedFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RecordedFrame instance
             */
            static create(properties: farhand.v1.RecordedFrame.$Shape): farhand.v1.RecordedFrame & farhand.v1.RecordedFrame.$Shape;
            static create(properties?: farhand.v1.RecordedFrame.$Properties): farhand.v1.RecordedFrame;

            /**
             * Encodes the specified RecordedFrame message. Does not implicitly {@link farhand.v1.RecordedFrame.verify|verify} messages.
             * @param message RecordedFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.RecordedFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RecordedFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.RecordedFrame & farhand.v1.RecordedFrame.$Shape} RecordedFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.RecordedFrame & farhand.v1.RecordedFrame.$Shape;

            /**
             * Verifies a RecordedFrame message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RecordedFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RecordedFrame
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.RecordedFrame;

            /**
             * Creates a plain object from a RecordedFrame message. Also converts values to other types if specified.
             * @param message RecordedFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.RecordedFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RecordedFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RecordedFrame {

            /** Properties of a RecordedFrame. */
            interface $Properties {

                /** RecordedFrame tick */
                tick?: (number|null);

                /** agent clock */
                receive_time_ns?: (number|null);

                /** sender's session */
                session_id?: (string|null);

                /** RecordedFrame frame */
                frame?: (farhand.v1.MotionFrame.$Properties|null);

                /** refused before the core (validation, not controller, flood) */
                refused?: (boolean|null);

                /** RecordedFrame refuse_reason */
                refuse_reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RecordedFrame. */
            type $Shape = farhand.v1.RecordedFrame.$Properties;
        }

        /**
         * Properties of a RecordedClock.
         * @deprecated Use farhand.v1.RecordedClock.$Properties instead.
         */
        interface IRecordedClock extends farhand.v1.RecordedClock.$Properties {
        }

        /** Represents a RecordedClock. */
        class RecordedClock {

            /**
             * Constructs a new RecordedClock.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.RecordedClock.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RecordedClock tick. */
            tick: number;

            /** RecordedClock session_id. */
            session_id: string;

            /** completed quadruple; agent_originated says whose clock t0/t3 are on */
            probe?: (farhand.v1.ClockProbe.$Properties|null);

            /** RecordedClock agent_originated. */
            agent_originated: boolean;

            /**
             * Creates a new RecordedClock instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RecordedClock instance
             */
            static create(properties: farhand.v1.RecordedClock.$Shape): farhand.v1.RecordedClock & farhand.v1.RecordedClock.$Shape;
            static create(properties?: farhand.v1.RecordedClock.$Properties): farhand.v1.RecordedClock;

            /**
             * Encodes the specified RecordedClock message. Does not implicitly {@link farhand.v1.RecordedClock.verify|verify} messages.
             * @param message RecordedClock message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.RecordedClock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RecordedClock message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.RecordedClock & farhand.v1.RecordedClock.$Shape} RecordedClock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.RecordedClock & farhand.v1.RecordedClock.$Shape;

            /**
             * Verifies a RecordedClock message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RecordedClock message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RecordedClock
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.RecordedClock;

            /**
             * Creates a plain object from a RecordedClock message. Also converts values to other types if specified.
             * @param message RecordedClock
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.RecordedClock, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RecordedClock to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RecordedClock {

            /** Properties of a RecordedClock. */
            interface $Properties {

                /** RecordedClock tick */
                tick?: (number|null);

                /** RecordedClock session_id */
                session_id?: (string|null);

                /** completed quadruple; agent_originated says whose clock t0/t3 are on */
                probe?: (farhand.v1.ClockProbe.$Properties|null);

                /** RecordedClock agent_originated */
                agent_originated?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RecordedClock. */
            type $Shape = farhand.v1.RecordedClock.$Properties;
        }

        /**
         * Properties of a RecordedCommand.
         * @deprecated Use farhand.v1.RecordedCommand.$Properties instead.
         */
        interface IRecordedCommand extends farhand.v1.RecordedCommand.$Properties {
        }

        /** Represents a RecordedCommand. */
        class RecordedCommand {

            /**
             * Constructs a new RecordedCommand.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.RecordedCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RecordedCommand tick. */
            tick: number;

            /** RecordedCommand receive_time_ns. */
            receive_time_ns: number;

            /** RecordedCommand session_id. */
            session_id: string;

            /** RecordedCommand role. */
            role: farhand.v1.Role;

            /** RecordedCommand command. */
            command?: (farhand.v1.Command.$Properties|null);

            /** RecordedCommand ack. */
            ack?: (farhand.v1.CommandAck.$Properties|null);

            /** handed to the core at `tick` (false: answered by the agent, e.g. control lock) */
            to_core: boolean;

            /**
             * Creates a new RecordedCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RecordedCommand instance
             */
            static create(properties: farhand.v1.RecordedCommand.$Shape): farhand.v1.RecordedCommand & farhand.v1.RecordedCommand.$Shape;
            static create(properties?: farhand.v1.RecordedCommand.$Properties): farhand.v1.RecordedCommand;

            /**
             * Encodes the specified RecordedCommand message. Does not implicitly {@link farhand.v1.RecordedCommand.verify|verify} messages.
             * @param message RecordedCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.RecordedCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RecordedCommand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.RecordedCommand & farhand.v1.RecordedCommand.$Shape} RecordedCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.RecordedCommand & farhand.v1.RecordedCommand.$Shape;

            /**
             * Verifies a RecordedCommand message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RecordedCommand message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RecordedCommand
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.RecordedCommand;

            /**
             * Creates a plain object from a RecordedCommand message. Also converts values to other types if specified.
             * @param message RecordedCommand
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.RecordedCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RecordedCommand to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RecordedCommand {

            /** Properties of a RecordedCommand. */
            interface $Properties {

                /** RecordedCommand tick */
                tick?: (number|null);

                /** RecordedCommand receive_time_ns */
                receive_time_ns?: (number|null);

                /** RecordedCommand session_id */
                session_id?: (string|null);

                /** RecordedCommand role */
                role?: (farhand.v1.Role|null);

                /** RecordedCommand command */
                command?: (farhand.v1.Command.$Properties|null);

                /** RecordedCommand ack */
                ack?: (farhand.v1.CommandAck.$Properties|null);

                /** handed to the core at `tick` (false: answered by the agent, e.g. control lock) */
                to_core?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RecordedCommand. */
            type $Shape = farhand.v1.RecordedCommand.$Properties;
        }

        /**
         * Properties of a RecordedControl.
         * @deprecated Use farhand.v1.RecordedControl.$Properties instead.
         */
        interface IRecordedControl extends farhand.v1.RecordedControl.$Properties {
        }

        /** Represents a RecordedControl. */
        class RecordedControl {

            /**
             * Constructs a new RecordedControl.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.RecordedControl.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RecordedControl tick. */
            tick: number;

            /** RecordedControl time_ns. */
            time_ns: number;

            /** empty: nobody */
            controller_session_id: string;

            /** RecordedControl previous_session_id. */
            previous_session_id: string;

            /** REQUESTED, RELEASED, GRANTED, DISCONNECTED */
            reason: string;

            /** RecordedControl granted_by_session_id. */
            granted_by_session_id: string;

            /**
             * The new controller's master kind, from its Hello (UNSPECIFIED: nobody, or a recording made before
             * this field; replay then falls back to the MASTER_ACTUATED / MASTER_UNACTUATED events, else UNACTUATED).
             */
            master_kind: farhand.v1.MasterKind;

            /**
             * Creates a new RecordedControl instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RecordedControl instance
             */
            static create(properties: farhand.v1.RecordedControl.$Shape): farhand.v1.RecordedControl & farhand.v1.RecordedControl.$Shape;
            static create(properties?: farhand.v1.RecordedControl.$Properties): farhand.v1.RecordedControl;

            /**
             * Encodes the specified RecordedControl message. Does not implicitly {@link farhand.v1.RecordedControl.verify|verify} messages.
             * @param message RecordedControl message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.RecordedControl.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RecordedControl message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.RecordedControl & farhand.v1.RecordedControl.$Shape} RecordedControl
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.RecordedControl & farhand.v1.RecordedControl.$Shape;

            /**
             * Verifies a RecordedControl message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RecordedControl message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RecordedControl
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.RecordedControl;

            /**
             * Creates a plain object from a RecordedControl message. Also converts values to other types if specified.
             * @param message RecordedControl
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.RecordedControl, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RecordedControl to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RecordedControl {

            /** Properties of a RecordedControl. */
            interface $Properties {

                /** RecordedControl tick */
                tick?: (number|null);

                /** RecordedControl time_ns */
                time_ns?: (number|null);

                /** empty: nobody */
                controller_session_id?: (string|null);

                /** RecordedControl previous_session_id */
                previous_session_id?: (string|null);

                /** REQUESTED, RELEASED, GRANTED, DISCONNECTED */
                reason?: (string|null);

                /** RecordedControl granted_by_session_id */
                granted_by_session_id?: (string|null);

                /**
                 * The new controller's master kind, from its Hello (UNSPECIFIED: nobody, or a recording made before
                 * this field; replay then falls back to the MASTER_ACTUATED / MASTER_UNACTUATED events, else UNACTUATED).
                 */
                master_kind?: (farhand.v1.MasterKind|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RecordedControl. */
            type $Shape = farhand.v1.RecordedControl.$Properties;
        }

        /**
         * Properties of a TickRecord.
         * @deprecated Use farhand.v1.TickRecord.$Properties instead.
         */
        interface ITickRecord extends farhand.v1.TickRecord.$Properties {
        }

        /** Represents a TickRecord. */
        class TickRecord {

            /**
             * Constructs a new TickRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.TickRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TickRecord tick. */
            tick: number;

            /** agent clock passed to the core and the arm for this tick */
            time_ns: number;

            /** TickRecord setpoint_cp. */
            setpoint_cp?: (farhand.v1.Pose.$Properties|null);

            /** TickRecord jaw_setpoint_rad. */
            jaw_setpoint_rad: number;

            /** TickRecord measured_cp. */
            measured_cp?: (farhand.v1.Pose.$Properties|null);

            /** TickRecord measured_js. */
            measured_js: number[];

            /** TickRecord jaw_measured_rad. */
            jaw_measured_rad: number;

            /** TickRecord state. */
            state: farhand.v1.SupervisorState;

            /** TickRecord reason. */
            reason: string;

            /** TickRecord operating_state. */
            operating_state: farhand.v1.ArmOperatingState;

            /** TickRecord last_applied_seq. */
            last_applied_seq: number;

            /**
             * Issue 15: the arm this row is for. A multi-arm session writes one row per arm per tick, in arm order
             * (arm 0 first); a one-arm session writes one row per tick with arm_id absent (0), as before.
             */
            arm_id: number;

            /**
             * Creates a new TickRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TickRecord instance
             */
            static create(properties: farhand.v1.TickRecord.$Shape): farhand.v1.TickRecord & farhand.v1.TickRecord.$Shape;
            static create(properties?: farhand.v1.TickRecord.$Properties): farhand.v1.TickRecord;

            /**
             * Encodes the specified TickRecord message. Does not implicitly {@link farhand.v1.TickRecord.verify|verify} messages.
             * @param message TickRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.TickRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TickRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.TickRecord & farhand.v1.TickRecord.$Shape} TickRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.TickRecord & farhand.v1.TickRecord.$Shape;

            /**
             * Verifies a TickRecord message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TickRecord message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TickRecord
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.TickRecord;

            /**
             * Creates a plain object from a TickRecord message. Also converts values to other types if specified.
             * @param message TickRecord
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.TickRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TickRecord to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TickRecord {

            /** Properties of a TickRecord. */
            interface $Properties {

                /** TickRecord tick */
                tick?: (number|null);

                /** agent clock passed to the core and the arm for this tick */
                time_ns?: (number|null);

                /** TickRecord setpoint_cp */
                setpoint_cp?: (farhand.v1.Pose.$Properties|null);

                /** TickRecord jaw_setpoint_rad */
                jaw_setpoint_rad?: (number|null);

                /** TickRecord measured_cp */
                measured_cp?: (farhand.v1.Pose.$Properties|null);

                /** TickRecord measured_js */
                measured_js?: (number[]|null);

                /** TickRecord jaw_measured_rad */
                jaw_measured_rad?: (number|null);

                /** TickRecord state */
                state?: (farhand.v1.SupervisorState|null);

                /** TickRecord reason */
                reason?: (string|null);

                /** TickRecord operating_state */
                operating_state?: (farhand.v1.ArmOperatingState|null);

                /** TickRecord last_applied_seq */
                last_applied_seq?: (number|null);

                /**
                 * Issue 15: the arm this row is for. A multi-arm session writes one row per arm per tick, in arm order
                 * (arm 0 first); a one-arm session writes one row per tick with arm_id absent (0), as before.
                 */
                arm_id?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TickRecord. */
            type $Shape = farhand.v1.TickRecord.$Properties;
        }

        /**
         * Properties of a RecordedVideoCapture.
         * @deprecated Use farhand.v1.RecordedVideoCapture.$Properties instead.
         */
        interface IRecordedVideoCapture extends farhand.v1.RecordedVideoCapture.$Properties {
        }

        /**
         * Issue 14: the field's video. Field numbers from 40 (the range reserved for the video in this file).
         * One video frame the agent captured and handed to the encoder (the same capture time its timecode
         * strip carries), so a recording says when each picture was taken even without the picture.
         */
        class RecordedVideoCapture {

            /**
             * Constructs a new RecordedVideoCapture.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.RecordedVideoCapture.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** agent clock: when the source delivered the frame */
            capture_time_ns: number;

            /** the timecode strip's frame number */
            frame_number: number;

            /** RecordedVideoCapture width. */
            width: number;

            /** RecordedVideoCapture height. */
            height: number;

            /** peers carrying the track at that moment */
            viewers: number;

            /**
             * Creates a new RecordedVideoCapture instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RecordedVideoCapture instance
             */
            static create(properties: farhand.v1.RecordedVideoCapture.$Shape): farhand.v1.RecordedVideoCapture & farhand.v1.RecordedVideoCapture.$Shape;
            static create(properties?: farhand.v1.RecordedVideoCapture.$Properties): farhand.v1.RecordedVideoCapture;

            /**
             * Encodes the specified RecordedVideoCapture message. Does not implicitly {@link farhand.v1.RecordedVideoCapture.verify|verify} messages.
             * @param message RecordedVideoCapture message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.RecordedVideoCapture.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RecordedVideoCapture message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.RecordedVideoCapture & farhand.v1.RecordedVideoCapture.$Shape} RecordedVideoCapture
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.RecordedVideoCapture & farhand.v1.RecordedVideoCapture.$Shape;

            /**
             * Verifies a RecordedVideoCapture message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RecordedVideoCapture message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RecordedVideoCapture
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.RecordedVideoCapture;

            /**
             * Creates a plain object from a RecordedVideoCapture message. Also converts values to other types if specified.
             * @param message RecordedVideoCapture
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.RecordedVideoCapture, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RecordedVideoCapture to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RecordedVideoCapture {

            /** Properties of a RecordedVideoCapture. */
            interface $Properties {

                /** agent clock: when the source delivered the frame */
                capture_time_ns?: (number|null);

                /** the timecode strip's frame number */
                frame_number?: (number|null);

                /** RecordedVideoCapture width */
                width?: (number|null);

                /** RecordedVideoCapture height */
                height?: (number|null);

                /** peers carrying the track at that moment */
                viewers?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RecordedVideoCapture. */
            type $Shape = farhand.v1.RecordedVideoCapture.$Properties;
        }

        /**
         * Properties of a RecordedVideoReport.
         * @deprecated Use farhand.v1.RecordedVideoReport.$Properties instead.
         */
        interface IRecordedVideoReport extends farhand.v1.RecordedVideoReport.$Properties {
        }

        /** A console's VideoReport as the agent received it. */
        class RecordedVideoReport {

            /**
             * Constructs a new RecordedVideoReport.
             * @param [properties] Properties to set
             */
            constructor(properties?: farhand.v1.RecordedVideoReport.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** agent clock */
            receive_time_ns: number;

            /** RecordedVideoReport session_id. */
            session_id: string;

            /** as received (also when refused) */
            report?: (farhand.v1.VideoReport.$Properties|null);

            /** RecordedVideoReport refused. */
            refused: boolean;

            /** "CODE: sentence" when refused */
            refuse_reason: string;

            /**
             * Creates a new RecordedVideoReport instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RecordedVideoReport instance
             */
            static create(properties: farhand.v1.RecordedVideoReport.$Shape): farhand.v1.RecordedVideoReport & farhand.v1.RecordedVideoReport.$Shape;
            static create(properties?: farhand.v1.RecordedVideoReport.$Properties): farhand.v1.RecordedVideoReport;

            /**
             * Encodes the specified RecordedVideoReport message. Does not implicitly {@link farhand.v1.RecordedVideoReport.verify|verify} messages.
             * @param message RecordedVideoReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: farhand.v1.RecordedVideoReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RecordedVideoReport message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {farhand.v1.RecordedVideoReport & farhand.v1.RecordedVideoReport.$Shape} RecordedVideoReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farhand.v1.RecordedVideoReport & farhand.v1.RecordedVideoReport.$Shape;

            /**
             * Verifies a RecordedVideoReport message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RecordedVideoReport message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RecordedVideoReport
             */
            static fromObject(object: { [k: string]: any }): farhand.v1.RecordedVideoReport;

            /**
             * Creates a plain object from a RecordedVideoReport message. Also converts values to other types if specified.
             * @param message RecordedVideoReport
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: farhand.v1.RecordedVideoReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RecordedVideoReport to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RecordedVideoReport {

            /** Properties of a RecordedVideoReport. */
            interface $Properties {

                /** agent clock */
                receive_time_ns?: (number|null);

                /** RecordedVideoReport session_id */
                session_id?: (string|null);

                /** as received (also when refused) */
                report?: (farhand.v1.VideoReport.$Properties|null);

                /** RecordedVideoReport refused */
                refused?: (boolean|null);

                /** "CODE: sentence" when refused */
                refuse_reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RecordedVideoReport. */
            type $Shape = farhand.v1.RecordedVideoReport.$Properties;
        }
    }
}

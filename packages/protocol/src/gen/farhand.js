/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Farhand decision, made here so that it holds before any generated type exists (the prototypes
// below read util.Long for their uint64 defaults): uint64 fields (times in ns, seq, ids) are plain
// JS numbers, in Node and in the browser alike. Without this, Node (which finds the "long" package)
// would decode them to Long objects and a browser bundle might not. Values above
// Number.MAX_SAFE_INTEGER decode approximately, which is fine for times; validation refuses such a
// seq. This sets a process-wide protobufjs option: every static or reflected protobufjs type in the
// same JS realm then reads 64-bit integers as numbers.
$protobuf.util.Long = null;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $Array = $util.global.Array, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const farhand = $root.farhand = (() => {

    /**
     * Namespace farhand.
     * @exports farhand
     * @namespace
     */
    const farhand = {};

    farhand.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof farhand
         * @namespace
         */
        const v1 = {};

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} farhand.v1.Envelope.$Properties
             * @property {farhand.v1.Hello.$Properties|null} [hello] Envelope hello
             * @property {farhand.v1.Welcome.$Properties|null} [welcome] Envelope welcome
             * @property {farhand.v1.Reject.$Properties|null} [reject] Envelope reject
             * @property {farhand.v1.MotionFrame.$Properties|null} [motion] Envelope motion
             * @property {farhand.v1.ClockProbe.$Properties|null} [clock] Envelope clock
             * @property {farhand.v1.Command.$Properties|null} [command] Envelope command
             * @property {farhand.v1.CommandAck.$Properties|null} [ack] Envelope ack
             * @property {farhand.v1.Telemetry.$Properties|null} [telemetry] Envelope telemetry
             * @property {farhand.v1.Event.$Properties|null} [event] Envelope event
             * @property {farhand.v1.RtcSignal.$Properties|null} [rtc] WebRTC signalling for the motion DataChannel, over this authenticated session
             * @property {farhand.v1.VideoReport.$Properties|null} [video_report] Issue 14 (numbers 40-49 are the video's): a console's figures of the field's video it displays,
             * client -> agent over the WebSocket about once a second. Figures only: never an input to the core.
             * @property {"hello"|"welcome"|"reject"|"motion"|"clock"|"command"|"ack"|"telemetry"|"event"|"rtc"|"video_report"} [msg] Envelope msg
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof farhand.v1
             * @interface IEnvelope
             * @augments farhand.v1.Envelope.$Properties
             * @deprecated Use farhand.v1.Envelope.$Properties instead.
             */

            /**
             * Narrowed shape of an Envelope.
             * @typedef {{
             *   hello?: farhand.v1.Hello.$Shape|null;
             *   welcome?: farhand.v1.Welcome.$Shape|null;
             *   reject?: farhand.v1.Reject.$Shape|null;
             *   motion?: farhand.v1.MotionFrame.$Shape|null;
             *   clock?: farhand.v1.ClockProbe.$Shape|null;
             *   command?: farhand.v1.Command.$Shape|null;
             *   ack?: farhand.v1.CommandAck.$Shape|null;
             *   telemetry?: farhand.v1.Telemetry.$Shape|null;
             *   event?: farhand.v1.Event.$Shape|null;
             *   rtc?: farhand.v1.RtcSignal.$Shape|null;
             *   video_report?: farhand.v1.VideoReport.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ msg?: undefined; hello?: null; welcome?: null; reject?: null; motion?: null; clock?: null; command?: null; ack?: null; telemetry?: null; event?: null; rtc?: null; video_report?: null }|{ msg?: "hello"; hello: farhand.v1.Hello.$Shape; welcome?: null; reject?: null; motion?: null; clock?: null; command?: null; ack?: null; telemetry?: null; event?: null; rtc?: null; video_report?: null }|{ msg?: "welcome"; hello?: null; welcome: farhand.v1.Welcome.$Shape; reject?: null; motion?: null; clock?: null; command?: null; ack?: null; telemetry?: null; event?: null; rtc?: null; video_report?: null }|{ msg?: "reject"; hello?: null; welcome?: null; reject: farhand.v1.Reject.$Shape; motion?: null; clock?: null; command?: null; ack?: null; telemetry?: null; event?: null; rtc?: null; video_report?: null }|{ msg?: "motion"; hello?: null; welcome?: null; reject?: null; motion: farhand.v1.MotionFrame.$Shape; clock?: null; command?: null; ack?: null; telemetry?: null; event?: null; rtc?: null; video_report?: null }|{ msg?: "clock"; hello?: null; welcome?: null; reject?: null; motion?: null; clock: farhand.v1.ClockProbe.$Shape; command?: null; ack?: null; telemetry?: null; event?: null; rtc?: null; video_report?: null }|{ msg?: "command"; hello?: null; welcome?: null; reject?: null; motion?: null; clock?: null; command: farhand.v1.Command.$Shape; ack?: null; telemetry?: null; event?: null; rtc?: null; video_report?: null }|{ msg?: "ack"; hello?: null; welcome?: null; reject?: null; motion?: null; clock?: null; command?: null; ack: farhand.v1.CommandAck.$Shape; telemetry?: null; event?: null; rtc?: null; video_report?: null }|{ msg?: "telemetry"; hello?: null; welcome?: null; reject?: null; motion?: null; clock?: null; command?: null; ack?: null; telemetry: farhand.v1.Telemetry.$Shape; event?: null; rtc?: null; video_report?: null }|{ msg?: "event"; hello?: null; welcome?: null; reject?: null; motion?: null; clock?: null; command?: null; ack?: null; telemetry?: null; event: farhand.v1.Event.$Shape; rtc?: null; video_report?: null }|{ msg?: "rtc"; hello?: null; welcome?: null; reject?: null; motion?: null; clock?: null; command?: null; ack?: null; telemetry?: null; event?: null; rtc: farhand.v1.RtcSignal.$Shape; video_report?: null }|{ msg?: "video_report"; hello?: null; welcome?: null; reject?: null; motion?: null; clock?: null; command?: null; ack?: null; telemetry?: null; event?: null; rtc?: null; video_report: farhand.v1.VideoReport.$Shape })
             * )} farhand.v1.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof farhand.v1
             * @classdesc One WebSocket binary message = one Envelope.
             * @constructor
             * @param {farhand.v1.Envelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Envelope hello.
             * @member {farhand.v1.Hello.$Properties|null|undefined} hello
             * @memberof farhand.v1.Envelope
             * @instance
             */
            Envelope.prototype.hello = null;

            /**
             * Envelope welcome.
             * @member {farhand.v1.Welcome.$Properties|null|undefined} welcome
             * @memberof farhand.v1.Envelope
             * @instance
             */
            Envelope.prototype.welcome = null;

            /**
             * Envelope reject.
             * @member {farhand.v1.Reject.$Properties|null|undefined} reject
             * @memberof farhand.v1.Envelope
             * @instance
             */
            Envelope.prototype.reject = null;

            /**
             * Envelope motion.
             * @member {farhand.v1.MotionFrame.$Properties|null|undefined} motion
             * @memberof farhand.v1.Envelope
             * @instance
             */
            Envelope.prototype.motion = null;

            /**
             * Envelope clock.
             * @member {farhand.v1.ClockProbe.$Properties|null|undefined} clock
             * @memberof farhand.v1.Envelope
             * @instance
             */
            Envelope.prototype.clock = null;

            /**
             * Envelope command.
             * @member {farhand.v1.Command.$Properties|null|undefined} command
             * @memberof farhand.v1.Envelope
             * @instance
             */
            Envelope.prototype.command = null;

            /**
             * Envelope ack.
             * @member {farhand.v1.CommandAck.$Properties|null|undefined} ack
             * @memberof farhand.v1.Envelope
             * @instance
             */
            Envelope.prototype.ack = null;

            /**
             * Envelope telemetry.
             * @member {farhand.v1.Telemetry.$Properties|null|undefined} telemetry
             * @memberof farhand.v1.Envelope
             * @instance
             */
            Envelope.prototype.telemetry = null;

            /**
             * Envelope event.
             * @member {farhand.v1.Event.$Properties|null|undefined} event
             * @memberof farhand.v1.Envelope
             * @instance
             */
            Envelope.prototype.event = null;

            /**
             * WebRTC signalling for the motion DataChannel, over this authenticated session
             * @member {farhand.v1.RtcSignal.$Properties|null|undefined} rtc
             * @memberof farhand.v1.Envelope
             * @instance
             */
            Envelope.prototype.rtc = null;

            /**
             * Issue 14 (numbers 40-49 are the video's): a console's figures of the field's video it displays,
             * client -> agent over the WebSocket about once a second. Figures only: never an input to the core.
             * @member {farhand.v1.VideoReport.$Properties|null|undefined} video_report
             * @memberof farhand.v1.Envelope
             * @instance
             */
            Envelope.prototype.video_report = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Envelope msg.
             * @member {"hello"|"welcome"|"reject"|"motion"|"clock"|"command"|"ack"|"telemetry"|"event"|"rtc"|"video_report"|undefined} msg
             * @memberof farhand.v1.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "msg", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "welcome", "reject", "motion", "clock", "command", "ack", "telemetry", "event", "rtc", "video_report"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof farhand.v1.Envelope
             * @static
             * @param {farhand.v1.Envelope.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.Envelope} Envelope instance
             * @type {{
             *   (properties: farhand.v1.Envelope.$Shape): farhand.v1.Envelope & farhand.v1.Envelope.$Shape;
             *   (properties?: farhand.v1.Envelope.$Properties): farhand.v1.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link farhand.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.Envelope
             * @static
             * @param {farhand.v1.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.farhand.v1.Hello.encode(message.hello, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                    $root.farhand.v1.Welcome.encode(message.welcome, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.reject != null && $Object.hasOwnProperty.call(message, "reject"))
                    $root.farhand.v1.Reject.encode(message.reject, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.motion != null && $Object.hasOwnProperty.call(message, "motion"))
                    $root.farhand.v1.MotionFrame.encode(message.motion, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.clock != null && $Object.hasOwnProperty.call(message, "clock"))
                    $root.farhand.v1.ClockProbe.encode(message.clock, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    $root.farhand.v1.Command.encode(message.command, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.farhand.v1.CommandAck.encode(message.ack, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.telemetry != null && $Object.hasOwnProperty.call(message, "telemetry"))
                    $root.farhand.v1.Telemetry.encode(message.telemetry, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    $root.farhand.v1.Event.encode(message.event, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.rtc != null && $Object.hasOwnProperty.call(message, "rtc"))
                    $root.farhand.v1.RtcSignal.encode(message.rtc, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.video_report != null && $Object.hasOwnProperty.call(message, "video_report"))
                    $root.farhand.v1.VideoReport.encode(message.video_report, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.Envelope & farhand.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.Envelope();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.farhand.v1.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.msg = "hello";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.welcome = $root.farhand.v1.Welcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                            message.msg = "welcome";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.reject = $root.farhand.v1.Reject.decode(reader, reader.size(), $undefined, _depth + 1, message.reject);
                            message.msg = "reject";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.motion = $root.farhand.v1.MotionFrame.decode(reader, reader.size(), $undefined, _depth + 1, message.motion);
                            message.msg = "motion";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.clock = $root.farhand.v1.ClockProbe.decode(reader, reader.size(), $undefined, _depth + 1, message.clock);
                            message.msg = "clock";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.command = $root.farhand.v1.Command.decode(reader, reader.size(), $undefined, _depth + 1, message.command);
                            message.msg = "command";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.farhand.v1.CommandAck.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.msg = "ack";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.telemetry = $root.farhand.v1.Telemetry.decode(reader, reader.size(), $undefined, _depth + 1, message.telemetry);
                            message.msg = "telemetry";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.event = $root.farhand.v1.Event.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                            message.msg = "event";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.rtc = $root.farhand.v1.RtcSignal.decode(reader, reader.size(), $undefined, _depth + 1, message.rtc);
                            message.msg = "rtc";
                            continue;
                        }
                    case 40: {
                            if (wireType !== 2)
                                break;
                            message.video_report = $root.farhand.v1.VideoReport.decode(reader, reader.size(), $undefined, _depth + 1, message.video_report);
                            message.msg = "video_report";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Envelope message.
             * @function verify
             * @memberof farhand.v1.Envelope
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Envelope.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    properties.msg = 1;
                    {
                        let error = $root.farhand.v1.Hello.verify(message.hello, _depth + 1);
                        if (error)
                            return "hello." + error;
                    }
                }
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome")) {
                    if (properties.msg === 1)
                        return "msg: multiple values";
                    properties.msg = 1;
                    {
                        let error = $root.farhand.v1.Welcome.verify(message.welcome, _depth + 1);
                        if (error)
                            return "welcome." + error;
                    }
                }
                if (message.reject != null && $Object.hasOwnProperty.call(message, "reject")) {
                    if (properties.msg === 1)
                        return "msg: multiple values";
                    properties.msg = 1;
                    {
                        let error = $root.farhand.v1.Reject.verify(message.reject, _depth + 1);
                        if (error)
                            return "reject." + error;
                    }
                }
                if (message.motion != null && $Object.hasOwnProperty.call(message, "motion")) {
                    if (properties.msg === 1)
                        return "msg: multiple values";
                    properties.msg = 1;
                    {
                        let error = $root.farhand.v1.MotionFrame.verify(message.motion, _depth + 1);
                        if (error)
                            return "motion." + error;
                    }
                }
                if (message.clock != null && $Object.hasOwnProperty.call(message, "clock")) {
                    if (properties.msg === 1)
                        return "msg: multiple values";
                    properties.msg = 1;
                    {
                        let error = $root.farhand.v1.ClockProbe.verify(message.clock, _depth + 1);
                        if (error)
                            return "clock." + error;
                    }
                }
                if (message.command != null && $Object.hasOwnProperty.call(message, "command")) {
                    if (properties.msg === 1)
                        return "msg: multiple values";
                    properties.msg = 1;
                    {
                        let error = $root.farhand.v1.Command.verify(message.command, _depth + 1);
                        if (error)
                            return "command." + error;
                    }
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    if (properties.msg === 1)
                        return "msg: multiple values";
                    properties.msg = 1;
                    {
                        let error = $root.farhand.v1.CommandAck.verify(message.ack, _depth + 1);
                        if (error)
                            return "ack." + error;
                    }
                }
                if (message.telemetry != null && $Object.hasOwnProperty.call(message, "telemetry")) {
                    if (properties.msg === 1)
                        return "msg: multiple values";
                    properties.msg = 1;
                    {
                        let error = $root.farhand.v1.Telemetry.verify(message.telemetry, _depth + 1);
                        if (error)
                            return "telemetry." + error;
                    }
                }
                if (message.event != null && $Object.hasOwnProperty.call(message, "event")) {
                    if (properties.msg === 1)
                        return "msg: multiple values";
                    properties.msg = 1;
                    {
                        let error = $root.farhand.v1.Event.verify(message.event, _depth + 1);
                        if (error)
                            return "event." + error;
                    }
                }
                if (message.rtc != null && $Object.hasOwnProperty.call(message, "rtc")) {
                    if (properties.msg === 1)
                        return "msg: multiple values";
                    properties.msg = 1;
                    {
                        let error = $root.farhand.v1.RtcSignal.verify(message.rtc, _depth + 1);
                        if (error)
                            return "rtc." + error;
                    }
                }
                if (message.video_report != null && $Object.hasOwnProperty.call(message, "video_report")) {
                    if (properties.msg === 1)
                        return "msg: multiple values";
                    properties.msg = 1;
                    {
                        let error = $root.farhand.v1.VideoReport.verify(message.video_report, _depth + 1);
                        if (error)
                            return "video_report." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.Envelope
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.Envelope} Envelope
             */
            Envelope.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.Envelope)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.Envelope: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.Envelope();
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw $TypeError(".farhand.v1.Envelope.hello: object expected");
                    message.hello = $root.farhand.v1.Hello.fromObject(object.hello, _depth + 1);
                }
                if (object.welcome != null) {
                    if (!$util.isObject(object.welcome))
                        throw $TypeError(".farhand.v1.Envelope.welcome: object expected");
                    message.welcome = $root.farhand.v1.Welcome.fromObject(object.welcome, _depth + 1);
                }
                if (object.reject != null) {
                    if (!$util.isObject(object.reject))
                        throw $TypeError(".farhand.v1.Envelope.reject: object expected");
                    message.reject = $root.farhand.v1.Reject.fromObject(object.reject, _depth + 1);
                }
                if (object.motion != null) {
                    if (!$util.isObject(object.motion))
                        throw $TypeError(".farhand.v1.Envelope.motion: object expected");
                    message.motion = $root.farhand.v1.MotionFrame.fromObject(object.motion, _depth + 1);
                }
                if (object.clock != null) {
                    if (!$util.isObject(object.clock))
                        throw $TypeError(".farhand.v1.Envelope.clock: object expected");
                    message.clock = $root.farhand.v1.ClockProbe.fromObject(object.clock, _depth + 1);
                }
                if (object.command != null) {
                    if (!$util.isObject(object.command))
                        throw $TypeError(".farhand.v1.Envelope.command: object expected");
                    message.command = $root.farhand.v1.Command.fromObject(object.command, _depth + 1);
                }
                if (object.ack != null) {
                    if (!$util.isObject(object.ack))
                        throw $TypeError(".farhand.v1.Envelope.ack: object expected");
                    message.ack = $root.farhand.v1.CommandAck.fromObject(object.ack, _depth + 1);
                }
                if (object.telemetry != null) {
                    if (!$util.isObject(object.telemetry))
                        throw $TypeError(".farhand.v1.Envelope.telemetry: object expected");
                    message.telemetry = $root.farhand.v1.Telemetry.fromObject(object.telemetry, _depth + 1);
                }
                if (object.event != null) {
                    if (!$util.isObject(object.event))
                        throw $TypeError(".farhand.v1.Envelope.event: object expected");
                    message.event = $root.farhand.v1.Event.fromObject(object.event, _depth + 1);
                }
                if (object.rtc != null) {
                    if (!$util.isObject(object.rtc))
                        throw $TypeError(".farhand.v1.Envelope.rtc: object expected");
                    message.rtc = $root.farhand.v1.RtcSignal.fromObject(object.rtc, _depth + 1);
                }
                if (object.video_report != null) {
                    if (!$util.isObject(object.video_report))
                        throw $TypeError(".farhand.v1.Envelope.video_report: object expected");
                    message.video_report = $root.farhand.v1.VideoReport.fromObject(object.video_report, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.Envelope
             * @static
             * @param {farhand.v1.Envelope} message Envelope
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    object.hello = $root.farhand.v1.Hello.toObject(message.hello, options, _depth + 1);
                    if (options.oneofs)
                        object.msg = "hello";
                }
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome")) {
                    object.welcome = $root.farhand.v1.Welcome.toObject(message.welcome, options, _depth + 1);
                    if (options.oneofs)
                        object.msg = "welcome";
                }
                if (message.reject != null && $Object.hasOwnProperty.call(message, "reject")) {
                    object.reject = $root.farhand.v1.Reject.toObject(message.reject, options, _depth + 1);
                    if (options.oneofs)
                        object.msg = "reject";
                }
                if (message.motion != null && $Object.hasOwnProperty.call(message, "motion")) {
                    object.motion = $root.farhand.v1.MotionFrame.toObject(message.motion, options, _depth + 1);
                    if (options.oneofs)
                        object.msg = "motion";
                }
                if (message.clock != null && $Object.hasOwnProperty.call(message, "clock")) {
                    object.clock = $root.farhand.v1.ClockProbe.toObject(message.clock, options, _depth + 1);
                    if (options.oneofs)
                        object.msg = "clock";
                }
                if (message.command != null && $Object.hasOwnProperty.call(message, "command")) {
                    object.command = $root.farhand.v1.Command.toObject(message.command, options, _depth + 1);
                    if (options.oneofs)
                        object.msg = "command";
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    object.ack = $root.farhand.v1.CommandAck.toObject(message.ack, options, _depth + 1);
                    if (options.oneofs)
                        object.msg = "ack";
                }
                if (message.telemetry != null && $Object.hasOwnProperty.call(message, "telemetry")) {
                    object.telemetry = $root.farhand.v1.Telemetry.toObject(message.telemetry, options, _depth + 1);
                    if (options.oneofs)
                        object.msg = "telemetry";
                }
                if (message.event != null && $Object.hasOwnProperty.call(message, "event")) {
                    object.event = $root.farhand.v1.Event.toObject(message.event, options, _depth + 1);
                    if (options.oneofs)
                        object.msg = "event";
                }
                if (message.rtc != null && $Object.hasOwnProperty.call(message, "rtc")) {
                    object.rtc = $root.farhand.v1.RtcSignal.toObject(message.rtc, options, _depth + 1);
                    if (options.oneofs)
                        object.msg = "rtc";
                }
                if (message.video_report != null && $Object.hasOwnProperty.call(message, "video_report")) {
                    object.video_report = $root.farhand.v1.VideoReport.toObject(message.video_report, options, _depth + 1);
                    if (options.oneofs)
                        object.msg = "video_report";
                }
                return object;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof farhand.v1.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Envelope;
        })();

        /**
         * Role enum.
         * @name farhand.v1.Role
         * @enum {number}
         * @property {number} ROLE_UNSPECIFIED=0 ROLE_UNSPECIFIED value
         * @property {number} SURGEON=1 may hold control and send motion
         * @property {number} OBSERVER=2 bedside: watches, may e-stop and grant a handover
         * @property {number} ENGINEER=3 watches, may e-stop, may change configuration (scale, limits)
         */
        v1.Role = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ROLE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SURGEON"] = 1;
            values[valuesById[2] = "OBSERVER"] = 2;
            values[valuesById[3] = "ENGINEER"] = 3;
            return values;
        })();

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} farhand.v1.Hello.$Properties
             * @property {number|null} [protocol_major] must equal the agent's major (1)
             * @property {number|null} [protocol_minor] any; fields unknown to the agent are ignored
             * @property {farhand.v1.Role|null} [role] the role asked for; the token must grant it
             * @property {string|null} [token] secret from the URL the agent printed (token=...)
             * @property {string|null} [client_name] free text for logs and the monitor, <= 64 characters
             * @property {farhand.v1.MasterKind|null} [master_kind] what the hand device can do about orientation (see MasterKind)
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof farhand.v1
             * @interface IHello
             * @augments farhand.v1.Hello.$Properties
             * @deprecated Use farhand.v1.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {farhand.v1.Hello.$Properties} farhand.v1.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof farhand.v1
             * @classdesc Represents a Hello.
             * @constructor
             * @param {farhand.v1.Hello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hello = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * must equal the agent's major (1)
             * @member {number} protocol_major
             * @memberof farhand.v1.Hello
             * @instance
             */
            Hello.prototype.protocol_major = 0;

            /**
             * any; fields unknown to the agent are ignored
             * @member {number} protocol_minor
             * @memberof farhand.v1.Hello
             * @instance
             */
            Hello.prototype.protocol_minor = 0;

            /**
             * the role asked for; the token must grant it
             * @member {farhand.v1.Role} role
             * @memberof farhand.v1.Hello
             * @instance
             */
            Hello.prototype.role = 0;

            /**
             * secret from the URL the agent printed (token=...)
             * @member {string} token
             * @memberof farhand.v1.Hello
             * @instance
             */
            Hello.prototype.token = "";

            /**
             * free text for logs and the monitor, <= 64 characters
             * @member {string} client_name
             * @memberof farhand.v1.Hello
             * @instance
             */
            Hello.prototype.client_name = "";

            /**
             * what the hand device can do about orientation (see MasterKind)
             * @member {farhand.v1.MasterKind} master_kind
             * @memberof farhand.v1.Hello
             * @instance
             */
            Hello.prototype.master_kind = 0;

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof farhand.v1.Hello
             * @static
             * @param {farhand.v1.Hello.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.Hello} Hello instance
             * @type {{
             *   (properties: farhand.v1.Hello.$Shape): farhand.v1.Hello & farhand.v1.Hello.$Shape;
             *   (properties?: farhand.v1.Hello.$Properties): farhand.v1.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link farhand.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.Hello
             * @static
             * @param {farhand.v1.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocol_major != null && $Object.hasOwnProperty.call(message, "protocol_major") && message.protocol_major !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocol_major);
                if (message.protocol_minor != null && $Object.hasOwnProperty.call(message, "protocol_minor") && message.protocol_minor !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.protocol_minor);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.role);
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.token);
                if (message.client_name != null && $Object.hasOwnProperty.call(message, "client_name") && message.client_name !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.client_name);
                if (message.master_kind != null && $Object.hasOwnProperty.call(message, "master_kind") && message.master_kind !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.master_kind);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.Hello & farhand.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.Hello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocol_major = value;
                            else
                                delete message.protocol_major;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocol_minor = value;
                            else
                                delete message.protocol_minor;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.client_name = value;
                            else
                                delete message.client_name;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.master_kind = value;
                            else
                                delete message.master_kind;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Hello message.
             * @function verify
             * @memberof farhand.v1.Hello
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Hello.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.protocol_major != null && $Object.hasOwnProperty.call(message, "protocol_major"))
                    if (!$util.isInteger(message.protocol_major))
                        return "protocol_major: integer expected";
                if (message.protocol_minor != null && $Object.hasOwnProperty.call(message, "protocol_minor"))
                    if (!$util.isInteger(message.protocol_minor))
                        return "protocol_minor: integer expected";
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    if (typeof message.role !== "number" || (message.role | 0) !== message.role)
                        return "role: enum value expected";
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    if (!$util.isString(message.token))
                        return "token: string expected";
                if (message.client_name != null && $Object.hasOwnProperty.call(message, "client_name"))
                    if (!$util.isString(message.client_name))
                        return "client_name: string expected";
                if (message.master_kind != null && $Object.hasOwnProperty.call(message, "master_kind"))
                    if (typeof message.master_kind !== "number" || (message.master_kind | 0) !== message.master_kind)
                        return "master_kind: enum value expected";
                return null;
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.Hello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.Hello} Hello
             */
            Hello.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.Hello)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.Hello: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.Hello();
                if (object.protocol_major != null)
                    if ($Number(object.protocol_major) !== 0)
                        message.protocol_major = object.protocol_major >>> 0;
                if (object.protocol_minor != null)
                    if ($Number(object.protocol_minor) !== 0)
                        message.protocol_minor = object.protocol_minor >>> 0;
                if (object.role !== 0 && (typeof object.role !== "string" || $root.farhand.v1.Role[object.role] !== 0))
                    switch (object.role) {
                    case "ROLE_UNSPECIFIED":
                    case 0:
                        message.role = 0;
                        break;
                    case "SURGEON":
                    case 1:
                        message.role = 1;
                        break;
                    case "OBSERVER":
                    case 2:
                        message.role = 2;
                        break;
                    case "ENGINEER":
                    case 3:
                        message.role = 3;
                        break;
                    default:
                        if (typeof object.role === "number" && (object.role | 0) === object.role)
                            message.role = object.role;
                    }
                if (object.token != null)
                    if (typeof object.token !== "string" || object.token.length)
                        message.token = $String(object.token);
                if (object.client_name != null)
                    if (typeof object.client_name !== "string" || object.client_name.length)
                        message.client_name = $String(object.client_name);
                if (object.master_kind !== 0 && (typeof object.master_kind !== "string" || $root.farhand.v1.MasterKind[object.master_kind] !== 0))
                    switch (object.master_kind) {
                    case "MASTER_KIND_UNSPECIFIED":
                    case 0:
                        message.master_kind = 0;
                        break;
                    case "UNACTUATED":
                    case 1:
                        message.master_kind = 1;
                        break;
                    case "ACTUATED":
                    case 2:
                        message.master_kind = 2;
                        break;
                    default:
                        if (typeof object.master_kind === "number" && (object.master_kind | 0) === object.master_kind)
                            message.master_kind = object.master_kind;
                    }
                return message;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.Hello
             * @static
             * @param {farhand.v1.Hello} message Hello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.protocol_major = 0;
                    object.protocol_minor = 0;
                    object.role = options.enums === $String ? "ROLE_UNSPECIFIED" : 0;
                    object.token = "";
                    object.client_name = "";
                    object.master_kind = options.enums === $String ? "MASTER_KIND_UNSPECIFIED" : 0;
                }
                if (message.protocol_major != null && $Object.hasOwnProperty.call(message, "protocol_major"))
                    object.protocol_major = message.protocol_major;
                if (message.protocol_minor != null && $Object.hasOwnProperty.call(message, "protocol_minor"))
                    object.protocol_minor = message.protocol_minor;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = options.enums === $String ? $root.farhand.v1.Role[message.role] === $undefined ? message.role : $root.farhand.v1.Role[message.role] : message.role;
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                if (message.client_name != null && $Object.hasOwnProperty.call(message, "client_name"))
                    object.client_name = message.client_name;
                if (message.master_kind != null && $Object.hasOwnProperty.call(message, "master_kind"))
                    object.master_kind = options.enums === $String ? $root.farhand.v1.MasterKind[message.master_kind] === $undefined ? message.master_kind : $root.farhand.v1.MasterKind[message.master_kind] : message.master_kind;
                return object;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof farhand.v1.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Hello;
        })();

        /**
         * Whether the master can be driven to the tool's orientation while not following.
         * @name farhand.v1.MasterKind
         * @enum {number}
         * @property {number} MASTER_KIND_UNSPECIFIED=0 treated as UNACTUATED
         * @property {number} UNACTUATED=1 browser, gamepad, WebXR, recordings: the orientation offset captured at engage/resume is kept
         * @property {number} ACTUATED=2 a motorised master (dVRK MTM): absolute orientation, engage/resume need the 5 deg alignment
         */
        v1.MasterKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MASTER_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "UNACTUATED"] = 1;
            values[valuesById[2] = "ACTUATED"] = 2;
            return values;
        })();

        v1.Welcome = (function() {

            /**
             * Properties of a Welcome.
             * @typedef {Object} farhand.v1.Welcome.$Properties
             * @property {string|null} [session_id] this connection's session id (logs, recording)
             * @property {string|null} [agent_version] semver of the agent software
             * @property {number|null} [protocol_major] Welcome protocol_major
             * @property {number|null} [protocol_minor] Welcome protocol_minor
             * @property {farhand.v1.Role|null} [role] the role granted
             * @property {number|null} [control_rate_hz] control loop rate (default 1000)
             * @property {number|null} [telemetry_rate_hz] telemetry rate (default 100)
             * @property {farhand.v1.Limits.$Properties|null} [limits] the limits the agent enforces
             * @property {Array.<number>|null} [arm_ids] arms this agent drives; MotionFrame.arm_id must be one of them (first: 0)
             * @property {number|null} [agent_time_ns] agent monotonic clock when Welcome was sent
             * @property {string|null} [controller_session_id] who holds control now, empty if nobody
             * @property {farhand.v1.RtcOffer.$Properties|null} [rtc] whether motion may ride a WebRTC DataChannel, and how to reach the agent
             * @property {Array.<farhand.v1.ArmInfo.$Properties>|null} [arms] protocol 1.1: every arm with its name and kind (arm_ids lists the same ids)
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Welcome.
             * @memberof farhand.v1
             * @interface IWelcome
             * @augments farhand.v1.Welcome.$Properties
             * @deprecated Use farhand.v1.Welcome.$Properties instead.
             */

            /**
             * Shape of a Welcome.
             * @typedef {farhand.v1.Welcome.$Properties} farhand.v1.Welcome.$Shape
             */

            /**
             * Constructs a new Welcome.
             * @memberof farhand.v1
             * @classdesc Represents a Welcome.
             * @constructor
             * @param {farhand.v1.Welcome.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Welcome = function (properties) {
                this.arm_ids = [];
                this.arms = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * this connection's session id (logs, recording)
             * @member {string} session_id
             * @memberof farhand.v1.Welcome
             * @instance
             */
            Welcome.prototype.session_id = "";

            /**
             * semver of the agent software
             * @member {string} agent_version
             * @memberof farhand.v1.Welcome
             * @instance
             */
            Welcome.prototype.agent_version = "";

            /**
             * Welcome protocol_major.
             * @member {number} protocol_major
             * @memberof farhand.v1.Welcome
             * @instance
             */
            Welcome.prototype.protocol_major = 0;

            /**
             * Welcome protocol_minor.
             * @member {number} protocol_minor
             * @memberof farhand.v1.Welcome
             * @instance
             */
            Welcome.prototype.protocol_minor = 0;

            /**
             * the role granted
             * @member {farhand.v1.Role} role
             * @memberof farhand.v1.Welcome
             * @instance
             */
            Welcome.prototype.role = 0;

            /**
             * control loop rate (default 1000)
             * @member {number} control_rate_hz
             * @memberof farhand.v1.Welcome
             * @instance
             */
            Welcome.prototype.control_rate_hz = 0;

            /**
             * telemetry rate (default 100)
             * @member {number} telemetry_rate_hz
             * @memberof farhand.v1.Welcome
             * @instance
             */
            Welcome.prototype.telemetry_rate_hz = 0;

            /**
             * the limits the agent enforces
             * @member {farhand.v1.Limits.$Properties|null|undefined} limits
             * @memberof farhand.v1.Welcome
             * @instance
             */
            Welcome.prototype.limits = null;

            /**
             * arms this agent drives; MotionFrame.arm_id must be one of them (first: 0)
             * @member {Array.<number>} arm_ids
             * @memberof farhand.v1.Welcome
             * @instance
             */
            Welcome.prototype.arm_ids = $util.emptyArray;

            /**
             * agent monotonic clock when Welcome was sent
             * @member {number} agent_time_ns
             * @memberof farhand.v1.Welcome
             * @instance
             */
            Welcome.prototype.agent_time_ns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * who holds control now, empty if nobody
             * @member {string} controller_session_id
             * @memberof farhand.v1.Welcome
             * @instance
             */
            Welcome.prototype.controller_session_id = "";

            /**
             * whether motion may ride a WebRTC DataChannel, and how to reach the agent
             * @member {farhand.v1.RtcOffer.$Properties|null|undefined} rtc
             * @memberof farhand.v1.Welcome
             * @instance
             */
            Welcome.prototype.rtc = null;

            /**
             * protocol 1.1: every arm with its name and kind (arm_ids lists the same ids)
             * @member {Array.<farhand.v1.ArmInfo.$Properties>} arms
             * @memberof farhand.v1.Welcome
             * @instance
             */
            Welcome.prototype.arms = $util.emptyArray;

            /**
             * Creates a new Welcome instance using the specified properties.
             * @function create
             * @memberof farhand.v1.Welcome
             * @static
             * @param {farhand.v1.Welcome.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.Welcome} Welcome instance
             * @type {{
             *   (properties: farhand.v1.Welcome.$Shape): farhand.v1.Welcome & farhand.v1.Welcome.$Shape;
             *   (properties?: farhand.v1.Welcome.$Properties): farhand.v1.Welcome;
             * }}
             */
            Welcome.create = function(properties) {
                return new Welcome(properties);
            };

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link farhand.v1.Welcome.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.Welcome
             * @static
             * @param {farhand.v1.Welcome.$Properties} message Welcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Welcome.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id") && message.session_id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.session_id);
                if (message.agent_version != null && $Object.hasOwnProperty.call(message, "agent_version") && message.agent_version !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.agent_version);
                if (message.protocol_major != null && $Object.hasOwnProperty.call(message, "protocol_major") && message.protocol_major !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.protocol_major);
                if (message.protocol_minor != null && $Object.hasOwnProperty.call(message, "protocol_minor") && message.protocol_minor !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.protocol_minor);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.role);
                if (message.control_rate_hz != null && $Object.hasOwnProperty.call(message, "control_rate_hz") && !$Object.is(message.control_rate_hz, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.control_rate_hz);
                if (message.telemetry_rate_hz != null && $Object.hasOwnProperty.call(message, "telemetry_rate_hz") && !$Object.is(message.telemetry_rate_hz, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.telemetry_rate_hz);
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits"))
                    $root.farhand.v1.Limits.encode(message.limits, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.arm_ids != null && message.arm_ids.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).uint32s(message.arm_ids);
                if (message.agent_time_ns != null && $Object.hasOwnProperty.call(message, "agent_time_ns") && (typeof message.agent_time_ns === "object" ? message.agent_time_ns.low || message.agent_time_ns.high : message.agent_time_ns !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.agent_time_ns);
                if (message.controller_session_id != null && $Object.hasOwnProperty.call(message, "controller_session_id") && message.controller_session_id !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.controller_session_id);
                if (message.rtc != null && $Object.hasOwnProperty.call(message, "rtc"))
                    $root.farhand.v1.RtcOffer.encode(message.rtc, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.arms != null && message.arms.length)
                    for (let i = 0; i < message.arms.length; ++i)
                        $root.farhand.v1.ArmInfo.encode(message.arms[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.Welcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.Welcome & farhand.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Welcome.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.Welcome();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.session_id = value;
                            else
                                delete message.session_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agent_version = value;
                            else
                                delete message.agent_version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocol_major = value;
                            else
                                delete message.protocol_major;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocol_minor = value;
                            else
                                delete message.protocol_minor;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.control_rate_hz = value;
                            else
                                delete message.control_rate_hz;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.telemetry_rate_hz = value;
                            else
                                delete message.telemetry_rate_hz;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.limits = $root.farhand.v1.Limits.decode(reader, reader.size(), $undefined, _depth + 1, message.limits);
                            continue;
                        }
                    case 9: {
                            if (wireType === 2) {
                                if (!(message.arm_ids && message.arm_ids.length))
                                    message.arm_ids = [];
                                reader.uint32s(message.arm_ids);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.arm_ids && message.arm_ids.length))
                                message.arm_ids = [];
                            message.arm_ids.push(reader.uint32());
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.agent_time_ns = value;
                            else
                                delete message.agent_time_ns;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.controller_session_id = value;
                            else
                                delete message.controller_session_id;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.rtc = $root.farhand.v1.RtcOffer.decode(reader, reader.size(), $undefined, _depth + 1, message.rtc);
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.arms && message.arms.length))
                                message.arms = [];
                            message.arms.push($root.farhand.v1.ArmInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Welcome message.
             * @function verify
             * @memberof farhand.v1.Welcome
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Welcome.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id"))
                    if (!$util.isString(message.session_id))
                        return "session_id: string expected";
                if (message.agent_version != null && $Object.hasOwnProperty.call(message, "agent_version"))
                    if (!$util.isString(message.agent_version))
                        return "agent_version: string expected";
                if (message.protocol_major != null && $Object.hasOwnProperty.call(message, "protocol_major"))
                    if (!$util.isInteger(message.protocol_major))
                        return "protocol_major: integer expected";
                if (message.protocol_minor != null && $Object.hasOwnProperty.call(message, "protocol_minor"))
                    if (!$util.isInteger(message.protocol_minor))
                        return "protocol_minor: integer expected";
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    if (typeof message.role !== "number" || (message.role | 0) !== message.role)
                        return "role: enum value expected";
                if (message.control_rate_hz != null && $Object.hasOwnProperty.call(message, "control_rate_hz"))
                    if (typeof message.control_rate_hz !== "number")
                        return "control_rate_hz: number expected";
                if (message.telemetry_rate_hz != null && $Object.hasOwnProperty.call(message, "telemetry_rate_hz"))
                    if (typeof message.telemetry_rate_hz !== "number")
                        return "telemetry_rate_hz: number expected";
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits")) {
                    let error = $root.farhand.v1.Limits.verify(message.limits, _depth + 1);
                    if (error)
                        return "limits." + error;
                }
                if (message.arm_ids != null && $Object.hasOwnProperty.call(message, "arm_ids")) {
                    if (!$Array.isArray(message.arm_ids))
                        return "arm_ids: array expected";
                    for (let i = 0; i < message.arm_ids.length; ++i)
                        if (!$util.isInteger(message.arm_ids[i]))
                            return "arm_ids: integer[] expected";
                }
                if (message.agent_time_ns != null && $Object.hasOwnProperty.call(message, "agent_time_ns"))
                    if (!$util.isInteger(message.agent_time_ns) && !(message.agent_time_ns && $util.isInteger(message.agent_time_ns.low) && $util.isInteger(message.agent_time_ns.high)))
                        return "agent_time_ns: integer|Long expected";
                if (message.controller_session_id != null && $Object.hasOwnProperty.call(message, "controller_session_id"))
                    if (!$util.isString(message.controller_session_id))
                        return "controller_session_id: string expected";
                if (message.rtc != null && $Object.hasOwnProperty.call(message, "rtc")) {
                    let error = $root.farhand.v1.RtcOffer.verify(message.rtc, _depth + 1);
                    if (error)
                        return "rtc." + error;
                }
                if (message.arms != null && $Object.hasOwnProperty.call(message, "arms")) {
                    if (!$Array.isArray(message.arms))
                        return "arms: array expected";
                    for (let i = 0; i < message.arms.length; ++i) {
                        let error = $root.farhand.v1.ArmInfo.verify(message.arms[i], _depth + 1);
                        if (error)
                            return "arms." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.Welcome
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.Welcome} Welcome
             */
            Welcome.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.Welcome)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.Welcome: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.Welcome();
                if (object.session_id != null)
                    if (typeof object.session_id !== "string" || object.session_id.length)
                        message.session_id = $String(object.session_id);
                if (object.agent_version != null)
                    if (typeof object.agent_version !== "string" || object.agent_version.length)
                        message.agent_version = $String(object.agent_version);
                if (object.protocol_major != null)
                    if ($Number(object.protocol_major) !== 0)
                        message.protocol_major = object.protocol_major >>> 0;
                if (object.protocol_minor != null)
                    if ($Number(object.protocol_minor) !== 0)
                        message.protocol_minor = object.protocol_minor >>> 0;
                if (object.role !== 0 && (typeof object.role !== "string" || $root.farhand.v1.Role[object.role] !== 0))
                    switch (object.role) {
                    case "ROLE_UNSPECIFIED":
                    case 0:
                        message.role = 0;
                        break;
                    case "SURGEON":
                    case 1:
                        message.role = 1;
                        break;
                    case "OBSERVER":
                    case 2:
                        message.role = 2;
                        break;
                    case "ENGINEER":
                    case 3:
                        message.role = 3;
                        break;
                    default:
                        if (typeof object.role === "number" && (object.role | 0) === object.role)
                            message.role = object.role;
                    }
                if (object.control_rate_hz != null)
                    if (!$Object.is($Number(object.control_rate_hz), 0))
                        message.control_rate_hz = $Number(object.control_rate_hz);
                if (object.telemetry_rate_hz != null)
                    if (!$Object.is($Number(object.telemetry_rate_hz), 0))
                        message.telemetry_rate_hz = $Number(object.telemetry_rate_hz);
                if (object.limits != null) {
                    if (!$util.isObject(object.limits))
                        throw $TypeError(".farhand.v1.Welcome.limits: object expected");
                    message.limits = $root.farhand.v1.Limits.fromObject(object.limits, _depth + 1);
                }
                if (object.arm_ids) {
                    if (!$Array.isArray(object.arm_ids))
                        throw $TypeError(".farhand.v1.Welcome.arm_ids: array expected");
                    message.arm_ids = $Array(object.arm_ids.length);
                    for (let i = 0; i < object.arm_ids.length; ++i)
                        message.arm_ids[i] = object.arm_ids[i] >>> 0;
                }
                if (object.agent_time_ns != null)
                    if (typeof object.agent_time_ns === "object" ? object.agent_time_ns.low || object.agent_time_ns.high : $Number(object.agent_time_ns) !== 0)
                        if ($util.Long)
                            message.agent_time_ns = $util.Long.fromValue(object.agent_time_ns, true);
                        else if (typeof object.agent_time_ns === "string")
                            message.agent_time_ns = $parseInt(object.agent_time_ns, 10);
                        else if (typeof object.agent_time_ns === "number")
                            message.agent_time_ns = object.agent_time_ns;
                        else if (typeof object.agent_time_ns === "object")
                            message.agent_time_ns = new $util.LongBits(object.agent_time_ns.low >>> 0, object.agent_time_ns.high >>> 0).toNumber(true);
                if (object.controller_session_id != null)
                    if (typeof object.controller_session_id !== "string" || object.controller_session_id.length)
                        message.controller_session_id = $String(object.controller_session_id);
                if (object.rtc != null) {
                    if (!$util.isObject(object.rtc))
                        throw $TypeError(".farhand.v1.Welcome.rtc: object expected");
                    message.rtc = $root.farhand.v1.RtcOffer.fromObject(object.rtc, _depth + 1);
                }
                if (object.arms) {
                    if (!$Array.isArray(object.arms))
                        throw $TypeError(".farhand.v1.Welcome.arms: array expected");
                    message.arms = $Array(object.arms.length);
                    for (let i = 0; i < object.arms.length; ++i) {
                        if (!$util.isObject(object.arms[i]))
                            throw $TypeError(".farhand.v1.Welcome.arms: object expected");
                        message.arms[i] = $root.farhand.v1.ArmInfo.fromObject(object.arms[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Welcome message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.Welcome
             * @static
             * @param {farhand.v1.Welcome} message Welcome
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Welcome.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.arm_ids = [];
                    object.arms = [];
                }
                if (options.defaults) {
                    object.session_id = "";
                    object.agent_version = "";
                    object.protocol_major = 0;
                    object.protocol_minor = 0;
                    object.role = options.enums === $String ? "ROLE_UNSPECIFIED" : 0;
                    object.control_rate_hz = 0;
                    object.telemetry_rate_hz = 0;
                    object.limits = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.agent_time_ns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.agent_time_ns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.controller_session_id = "";
                    object.rtc = null;
                }
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id"))
                    object.session_id = message.session_id;
                if (message.agent_version != null && $Object.hasOwnProperty.call(message, "agent_version"))
                    object.agent_version = message.agent_version;
                if (message.protocol_major != null && $Object.hasOwnProperty.call(message, "protocol_major"))
                    object.protocol_major = message.protocol_major;
                if (message.protocol_minor != null && $Object.hasOwnProperty.call(message, "protocol_minor"))
                    object.protocol_minor = message.protocol_minor;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = options.enums === $String ? $root.farhand.v1.Role[message.role] === $undefined ? message.role : $root.farhand.v1.Role[message.role] : message.role;
                if (message.control_rate_hz != null && $Object.hasOwnProperty.call(message, "control_rate_hz"))
                    object.control_rate_hz = options.json && !$isFinite(message.control_rate_hz) ? $String(message.control_rate_hz) : message.control_rate_hz;
                if (message.telemetry_rate_hz != null && $Object.hasOwnProperty.call(message, "telemetry_rate_hz"))
                    object.telemetry_rate_hz = options.json && !$isFinite(message.telemetry_rate_hz) ? $String(message.telemetry_rate_hz) : message.telemetry_rate_hz;
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits"))
                    object.limits = $root.farhand.v1.Limits.toObject(message.limits, options, _depth + 1);
                if (message.arm_ids && message.arm_ids.length) {
                    object.arm_ids = $Array(message.arm_ids.length);
                    for (let j = 0; j < message.arm_ids.length; ++j)
                        object.arm_ids[j] = message.arm_ids[j];
                }
                if (message.agent_time_ns != null && $Object.hasOwnProperty.call(message, "agent_time_ns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.agent_time_ns = typeof message.agent_time_ns === "number" ? $BigInt(message.agent_time_ns) : $util.Long.fromBits(message.agent_time_ns.low >>> 0, message.agent_time_ns.high >>> 0, true).toBigInt();
                    else if (typeof message.agent_time_ns === "number")
                        object.agent_time_ns = options.longs === $String ? $String(message.agent_time_ns) : message.agent_time_ns;
                    else
                        object.agent_time_ns = options.longs === $String ? $util.Long.prototype.toString.call(message.agent_time_ns) : options.longs === $Number ? new $util.LongBits(message.agent_time_ns.low >>> 0, message.agent_time_ns.high >>> 0).toNumber(true) : message.agent_time_ns;
                if (message.controller_session_id != null && $Object.hasOwnProperty.call(message, "controller_session_id"))
                    object.controller_session_id = message.controller_session_id;
                if (message.rtc != null && $Object.hasOwnProperty.call(message, "rtc"))
                    object.rtc = $root.farhand.v1.RtcOffer.toObject(message.rtc, options, _depth + 1);
                if (message.arms && message.arms.length) {
                    object.arms = $Array(message.arms.length);
                    for (let j = 0; j < message.arms.length; ++j)
                        object.arms[j] = $root.farhand.v1.ArmInfo.toObject(message.arms[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Welcome to JSON.
             * @function toJSON
             * @memberof farhand.v1.Welcome
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Welcome.prototype.toJSON = function() {
                return Welcome.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Welcome;
        })();

        /**
         * ArmKind enum.
         * @name farhand.v1.ArmKind
         * @enum {number}
         * @property {number} ARM_KIND_UNSPECIFIED=0 ARM_KIND_UNSPECIFIED value
         * @property {number} INSTRUMENT=1 a PSM: driven by one hand
         * @property {number} CAMERA=2 the ECM: driven by both hands while MotionFrame.camera is held
         */
        v1.ArmKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ARM_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "INSTRUMENT"] = 1;
            values[valuesById[2] = "CAMERA"] = 2;
            return values;
        })();

        v1.ArmInfo = (function() {

            /**
             * Properties of an ArmInfo.
             * @typedef {Object} farhand.v1.ArmInfo.$Properties
             * @property {number|null} [arm_id] ArmInfo arm_id
             * @property {string|null} [name] dVRK name, e.g. PSM1, PSM2, ECM
             * @property {farhand.v1.ArmKind|null} [kind] ArmInfo kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ArmInfo.
             * @memberof farhand.v1
             * @interface IArmInfo
             * @augments farhand.v1.ArmInfo.$Properties
             * @deprecated Use farhand.v1.ArmInfo.$Properties instead.
             */

            /**
             * Shape of an ArmInfo.
             * @typedef {farhand.v1.ArmInfo.$Properties} farhand.v1.ArmInfo.$Shape
             */

            /**
             * Constructs a new ArmInfo.
             * @memberof farhand.v1
             * @classdesc Represents an ArmInfo.
             * @constructor
             * @param {farhand.v1.ArmInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ArmInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ArmInfo arm_id.
             * @member {number} arm_id
             * @memberof farhand.v1.ArmInfo
             * @instance
             */
            ArmInfo.prototype.arm_id = 0;

            /**
             * dVRK name, e.g. PSM1, PSM2, ECM
             * @member {string} name
             * @memberof farhand.v1.ArmInfo
             * @instance
             */
            ArmInfo.prototype.name = "";

            /**
             * ArmInfo kind.
             * @member {farhand.v1.ArmKind} kind
             * @memberof farhand.v1.ArmInfo
             * @instance
             */
            ArmInfo.prototype.kind = 0;

            /**
             * Creates a new ArmInfo instance using the specified properties.
             * @function create
             * @memberof farhand.v1.ArmInfo
             * @static
             * @param {farhand.v1.ArmInfo.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.ArmInfo} ArmInfo instance
             * @type {{
             *   (properties: farhand.v1.ArmInfo.$Shape): farhand.v1.ArmInfo & farhand.v1.ArmInfo.$Shape;
             *   (properties?: farhand.v1.ArmInfo.$Properties): farhand.v1.ArmInfo;
             * }}
             */
            ArmInfo.create = function(properties) {
                return new ArmInfo(properties);
            };

            /**
             * Encodes the specified ArmInfo message. Does not implicitly {@link farhand.v1.ArmInfo.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.ArmInfo
             * @static
             * @param {farhand.v1.ArmInfo.$Properties} message ArmInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ArmInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id") && message.arm_id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.arm_id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ArmInfo message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.ArmInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.ArmInfo & farhand.v1.ArmInfo.$Shape} ArmInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ArmInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.ArmInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.arm_id = value;
                            else
                                delete message.arm_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ArmInfo message.
             * @function verify
             * @memberof farhand.v1.ArmInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ArmInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id"))
                    if (!$util.isInteger(message.arm_id))
                        return "arm_id: integer expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                return null;
            };

            /**
             * Creates an ArmInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.ArmInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.ArmInfo} ArmInfo
             */
            ArmInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.ArmInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.ArmInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.ArmInfo();
                if (object.arm_id != null)
                    if ($Number(object.arm_id) !== 0)
                        message.arm_id = object.arm_id >>> 0;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.farhand.v1.ArmKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "ARM_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "INSTRUMENT":
                    case 1:
                        message.kind = 1;
                        break;
                    case "CAMERA":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                return message;
            };

            /**
             * Creates a plain object from an ArmInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.ArmInfo
             * @static
             * @param {farhand.v1.ArmInfo} message ArmInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ArmInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.arm_id = 0;
                    object.name = "";
                    object.kind = options.enums === $String ? "ARM_KIND_UNSPECIFIED" : 0;
                }
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id"))
                    object.arm_id = message.arm_id;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.farhand.v1.ArmKind[message.kind] === $undefined ? message.kind : $root.farhand.v1.ArmKind[message.kind] : message.kind;
                return object;
            };

            /**
             * Converts this ArmInfo to JSON.
             * @function toJSON
             * @memberof farhand.v1.ArmInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ArmInfo.prototype.toJSON = function() {
                return ArmInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ArmInfo;
        })();

        v1.RtcOffer = (function() {

            /**
             * Properties of a RtcOffer.
             * @typedef {Object} farhand.v1.RtcOffer.$Properties
             * @property {boolean|null} [available] the agent answers RtcSignal OFFERs on this session
             * @property {Array.<farhand.v1.IceServer.$Properties>|null} [ice_servers] STUN/TURN servers for the client's RTCPeerConnection (empty: host candidates only)
             * @property {string|null} [motion_label] label the client's motion DataChannel must have ("farhand-motion")
             * @property {string|null} [unavailable_reason] when not available: a sentence saying why (turned off, native library missing)
             * @property {number|null} [connect_timeout_s] a client falls back to WebSocket if the channel is not open by then
             * @property {farhand.v1.VideoOffer.$Properties|null} [video] the field's video on the same peer connection (absent: no video)
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RtcOffer.
             * @memberof farhand.v1
             * @interface IRtcOffer
             * @augments farhand.v1.RtcOffer.$Properties
             * @deprecated Use farhand.v1.RtcOffer.$Properties instead.
             */

            /**
             * Shape of a RtcOffer.
             * @typedef {farhand.v1.RtcOffer.$Properties} farhand.v1.RtcOffer.$Shape
             */

            /**
             * Constructs a new RtcOffer.
             * @memberof farhand.v1
             * @classdesc What the agent offers for the second transport (WebRTC). Absent or available = false: WebSocket only.
             * @constructor
             * @param {farhand.v1.RtcOffer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RtcOffer = function (properties) {
                this.ice_servers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * the agent answers RtcSignal OFFERs on this session
             * @member {boolean} available
             * @memberof farhand.v1.RtcOffer
             * @instance
             */
            RtcOffer.prototype.available = false;

            /**
             * STUN/TURN servers for the client's RTCPeerConnection (empty: host candidates only)
             * @member {Array.<farhand.v1.IceServer.$Properties>} ice_servers
             * @memberof farhand.v1.RtcOffer
             * @instance
             */
            RtcOffer.prototype.ice_servers = $util.emptyArray;

            /**
             * label the client's motion DataChannel must have ("farhand-motion")
             * @member {string} motion_label
             * @memberof farhand.v1.RtcOffer
             * @instance
             */
            RtcOffer.prototype.motion_label = "";

            /**
             * when not available: a sentence saying why (turned off, native library missing)
             * @member {string} unavailable_reason
             * @memberof farhand.v1.RtcOffer
             * @instance
             */
            RtcOffer.prototype.unavailable_reason = "";

            /**
             * a client falls back to WebSocket if the channel is not open by then
             * @member {number} connect_timeout_s
             * @memberof farhand.v1.RtcOffer
             * @instance
             */
            RtcOffer.prototype.connect_timeout_s = 0;

            /**
             * the field's video on the same peer connection (absent: no video)
             * @member {farhand.v1.VideoOffer.$Properties|null|undefined} video
             * @memberof farhand.v1.RtcOffer
             * @instance
             */
            RtcOffer.prototype.video = null;

            /**
             * Creates a new RtcOffer instance using the specified properties.
             * @function create
             * @memberof farhand.v1.RtcOffer
             * @static
             * @param {farhand.v1.RtcOffer.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.RtcOffer} RtcOffer instance
             * @type {{
             *   (properties: farhand.v1.RtcOffer.$Shape): farhand.v1.RtcOffer & farhand.v1.RtcOffer.$Shape;
             *   (properties?: farhand.v1.RtcOffer.$Properties): farhand.v1.RtcOffer;
             * }}
             */
            RtcOffer.create = function(properties) {
                return new RtcOffer(properties);
            };

            /**
             * Encodes the specified RtcOffer message. Does not implicitly {@link farhand.v1.RtcOffer.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.RtcOffer
             * @static
             * @param {farhand.v1.RtcOffer.$Properties} message RtcOffer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RtcOffer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.available != null && $Object.hasOwnProperty.call(message, "available") && message.available !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.available);
                if (message.ice_servers != null && message.ice_servers.length)
                    for (let i = 0; i < message.ice_servers.length; ++i)
                        $root.farhand.v1.IceServer.encode(message.ice_servers[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.motion_label != null && $Object.hasOwnProperty.call(message, "motion_label") && message.motion_label !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.motion_label);
                if (message.unavailable_reason != null && $Object.hasOwnProperty.call(message, "unavailable_reason") && message.unavailable_reason !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.unavailable_reason);
                if (message.connect_timeout_s != null && $Object.hasOwnProperty.call(message, "connect_timeout_s") && !$Object.is(message.connect_timeout_s, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.connect_timeout_s);
                if (message.video != null && $Object.hasOwnProperty.call(message, "video"))
                    $root.farhand.v1.VideoOffer.encode(message.video, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RtcOffer message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.RtcOffer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.RtcOffer & farhand.v1.RtcOffer.$Shape} RtcOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RtcOffer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.RtcOffer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.available = value;
                            else
                                delete message.available;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ice_servers && message.ice_servers.length))
                                message.ice_servers = [];
                            message.ice_servers.push($root.farhand.v1.IceServer.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.motion_label = value;
                            else
                                delete message.motion_label;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.unavailable_reason = value;
                            else
                                delete message.unavailable_reason;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.connect_timeout_s = value;
                            else
                                delete message.connect_timeout_s;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.video = $root.farhand.v1.VideoOffer.decode(reader, reader.size(), $undefined, _depth + 1, message.video);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RtcOffer message.
             * @function verify
             * @memberof farhand.v1.RtcOffer
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RtcOffer.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.available != null && $Object.hasOwnProperty.call(message, "available"))
                    if (typeof message.available !== "boolean")
                        return "available: boolean expected";
                if (message.ice_servers != null && $Object.hasOwnProperty.call(message, "ice_servers")) {
                    if (!$Array.isArray(message.ice_servers))
                        return "ice_servers: array expected";
                    for (let i = 0; i < message.ice_servers.length; ++i) {
                        let error = $root.farhand.v1.IceServer.verify(message.ice_servers[i], _depth + 1);
                        if (error)
                            return "ice_servers." + error;
                    }
                }
                if (message.motion_label != null && $Object.hasOwnProperty.call(message, "motion_label"))
                    if (!$util.isString(message.motion_label))
                        return "motion_label: string expected";
                if (message.unavailable_reason != null && $Object.hasOwnProperty.call(message, "unavailable_reason"))
                    if (!$util.isString(message.unavailable_reason))
                        return "unavailable_reason: string expected";
                if (message.connect_timeout_s != null && $Object.hasOwnProperty.call(message, "connect_timeout_s"))
                    if (typeof message.connect_timeout_s !== "number")
                        return "connect_timeout_s: number expected";
                if (message.video != null && $Object.hasOwnProperty.call(message, "video")) {
                    let error = $root.farhand.v1.VideoOffer.verify(message.video, _depth + 1);
                    if (error)
                        return "video." + error;
                }
                return null;
            };

            /**
             * Creates a RtcOffer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.RtcOffer
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.RtcOffer} RtcOffer
             */
            RtcOffer.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.RtcOffer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.RtcOffer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.RtcOffer();
                if (object.available != null)
                    if (object.available)
                        message.available = $Boolean(object.available);
                if (object.ice_servers) {
                    if (!$Array.isArray(object.ice_servers))
                        throw $TypeError(".farhand.v1.RtcOffer.ice_servers: array expected");
                    message.ice_servers = $Array(object.ice_servers.length);
                    for (let i = 0; i < object.ice_servers.length; ++i) {
                        if (!$util.isObject(object.ice_servers[i]))
                            throw $TypeError(".farhand.v1.RtcOffer.ice_servers: object expected");
                        message.ice_servers[i] = $root.farhand.v1.IceServer.fromObject(object.ice_servers[i], _depth + 1);
                    }
                }
                if (object.motion_label != null)
                    if (typeof object.motion_label !== "string" || object.motion_label.length)
                        message.motion_label = $String(object.motion_label);
                if (object.unavailable_reason != null)
                    if (typeof object.unavailable_reason !== "string" || object.unavailable_reason.length)
                        message.unavailable_reason = $String(object.unavailable_reason);
                if (object.connect_timeout_s != null)
                    if (!$Object.is($Number(object.connect_timeout_s), 0))
                        message.connect_timeout_s = $Number(object.connect_timeout_s);
                if (object.video != null) {
                    if (!$util.isObject(object.video))
                        throw $TypeError(".farhand.v1.RtcOffer.video: object expected");
                    message.video = $root.farhand.v1.VideoOffer.fromObject(object.video, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a RtcOffer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.RtcOffer
             * @static
             * @param {farhand.v1.RtcOffer} message RtcOffer
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RtcOffer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.ice_servers = [];
                if (options.defaults) {
                    object.available = false;
                    object.motion_label = "";
                    object.unavailable_reason = "";
                    object.connect_timeout_s = 0;
                    object.video = null;
                }
                if (message.available != null && $Object.hasOwnProperty.call(message, "available"))
                    object.available = message.available;
                if (message.ice_servers && message.ice_servers.length) {
                    object.ice_servers = $Array(message.ice_servers.length);
                    for (let j = 0; j < message.ice_servers.length; ++j)
                        object.ice_servers[j] = $root.farhand.v1.IceServer.toObject(message.ice_servers[j], options, _depth + 1);
                }
                if (message.motion_label != null && $Object.hasOwnProperty.call(message, "motion_label"))
                    object.motion_label = message.motion_label;
                if (message.unavailable_reason != null && $Object.hasOwnProperty.call(message, "unavailable_reason"))
                    object.unavailable_reason = message.unavailable_reason;
                if (message.connect_timeout_s != null && $Object.hasOwnProperty.call(message, "connect_timeout_s"))
                    object.connect_timeout_s = options.json && !$isFinite(message.connect_timeout_s) ? $String(message.connect_timeout_s) : message.connect_timeout_s;
                if (message.video != null && $Object.hasOwnProperty.call(message, "video"))
                    object.video = $root.farhand.v1.VideoOffer.toObject(message.video, options, _depth + 1);
                return object;
            };

            /**
             * Converts this RtcOffer to JSON.
             * @function toJSON
             * @memberof farhand.v1.RtcOffer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RtcOffer.prototype.toJSON = function() {
                return RtcOffer.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RtcOffer;
        })();

        v1.VideoOffer = (function() {

            /**
             * Properties of a VideoOffer.
             * @typedef {Object} farhand.v1.VideoOffer.$Properties
             * @property {boolean|null} [available] the agent sends a video track on the peer connection
             * @property {string|null} [unavailable_reason] when not available: a sentence saying why (turned off, no WebRTC)
             * @property {number|null} [width] frame size, px
             * @property {number|null} [height] VideoOffer height
             * @property {number|null} [fps] nominal frame rate, Hz
             * @property {string|null} [description] what it shows (e.g. "synthetic scene of the simulated tool", "lavfi:testsrc2")
             * @property {number|null} [fx] pinhole intrinsics, px (OpenCV: x right, y down, z forward); 0 = unknown
             * @property {number|null} [fy] VideoOffer fy
             * @property {number|null} [cx] VideoOffer cx
             * @property {number|null} [cy] VideoOffer cy
             * @property {Array.<number>|null} [camera_position_m] camera origin in the PSM base frame [x, y, z], m (empty = unknown)
             * @property {Array.<number>|null} [camera_orientation] camera -> base unit quaternion [x, y, z, w]
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VideoOffer.
             * @memberof farhand.v1
             * @interface IVideoOffer
             * @augments farhand.v1.VideoOffer.$Properties
             * @deprecated Use farhand.v1.VideoOffer.$Properties instead.
             */

            /**
             * Shape of a VideoOffer.
             * @typedef {farhand.v1.VideoOffer.$Properties} farhand.v1.VideoOffer.$Shape
             */

            /**
             * Constructs a new VideoOffer.
             * @memberof farhand.v1
             * @classdesc The field's video: a track on the motion peer connection (the client's offer carries a recvonly video
             * transceiver; the agent answers with its track on it), and the endoscope camera it was taken with, so the
             * console can register its 3D overlay with the picture. Over the WebSocket alone there is no video.
             * @constructor
             * @param {farhand.v1.VideoOffer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VideoOffer = function (properties) {
                this.camera_position_m = [];
                this.camera_orientation = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * the agent sends a video track on the peer connection
             * @member {boolean} available
             * @memberof farhand.v1.VideoOffer
             * @instance
             */
            VideoOffer.prototype.available = false;

            /**
             * when not available: a sentence saying why (turned off, no WebRTC)
             * @member {string} unavailable_reason
             * @memberof farhand.v1.VideoOffer
             * @instance
             */
            VideoOffer.prototype.unavailable_reason = "";

            /**
             * frame size, px
             * @member {number} width
             * @memberof farhand.v1.VideoOffer
             * @instance
             */
            VideoOffer.prototype.width = 0;

            /**
             * VideoOffer height.
             * @member {number} height
             * @memberof farhand.v1.VideoOffer
             * @instance
             */
            VideoOffer.prototype.height = 0;

            /**
             * nominal frame rate, Hz
             * @member {number} fps
             * @memberof farhand.v1.VideoOffer
             * @instance
             */
            VideoOffer.prototype.fps = 0;

            /**
             * what it shows (e.g. "synthetic scene of the simulated tool", "lavfi:testsrc2")
             * @member {string} description
             * @memberof farhand.v1.VideoOffer
             * @instance
             */
            VideoOffer.prototype.description = "";

            /**
             * pinhole intrinsics, px (OpenCV: x right, y down, z forward); 0 = unknown
             * @member {number} fx
             * @memberof farhand.v1.VideoOffer
             * @instance
             */
            VideoOffer.prototype.fx = 0;

            /**
             * VideoOffer fy.
             * @member {number} fy
             * @memberof farhand.v1.VideoOffer
             * @instance
             */
            VideoOffer.prototype.fy = 0;

            /**
             * VideoOffer cx.
             * @member {number} cx
             * @memberof farhand.v1.VideoOffer
             * @instance
             */
            VideoOffer.prototype.cx = 0;

            /**
             * VideoOffer cy.
             * @member {number} cy
             * @memberof farhand.v1.VideoOffer
             * @instance
             */
            VideoOffer.prototype.cy = 0;

            /**
             * camera origin in the PSM base frame [x, y, z], m (empty = unknown)
             * @member {Array.<number>} camera_position_m
             * @memberof farhand.v1.VideoOffer
             * @instance
             */
            VideoOffer.prototype.camera_position_m = $util.emptyArray;

            /**
             * camera -> base unit quaternion [x, y, z, w]
             * @member {Array.<number>} camera_orientation
             * @memberof farhand.v1.VideoOffer
             * @instance
             */
            VideoOffer.prototype.camera_orientation = $util.emptyArray;

            /**
             * Creates a new VideoOffer instance using the specified properties.
             * @function create
             * @memberof farhand.v1.VideoOffer
             * @static
             * @param {farhand.v1.VideoOffer.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.VideoOffer} VideoOffer instance
             * @type {{
             *   (properties: farhand.v1.VideoOffer.$Shape): farhand.v1.VideoOffer & farhand.v1.VideoOffer.$Shape;
             *   (properties?: farhand.v1.VideoOffer.$Properties): farhand.v1.VideoOffer;
             * }}
             */
            VideoOffer.create = function(properties) {
                return new VideoOffer(properties);
            };

            /**
             * Encodes the specified VideoOffer message. Does not implicitly {@link farhand.v1.VideoOffer.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.VideoOffer
             * @static
             * @param {farhand.v1.VideoOffer.$Properties} message VideoOffer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VideoOffer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.available != null && $Object.hasOwnProperty.call(message, "available") && message.available !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.available);
                if (message.unavailable_reason != null && $Object.hasOwnProperty.call(message, "unavailable_reason") && message.unavailable_reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.unavailable_reason);
                if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.width);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.height);
                if (message.fps != null && $Object.hasOwnProperty.call(message, "fps") && !$Object.is(message.fps, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.fps);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.description);
                if (message.fx != null && $Object.hasOwnProperty.call(message, "fx") && !$Object.is(message.fx, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.fx);
                if (message.fy != null && $Object.hasOwnProperty.call(message, "fy") && !$Object.is(message.fy, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.fy);
                if (message.cx != null && $Object.hasOwnProperty.call(message, "cx") && !$Object.is(message.cx, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.cx);
                if (message.cy != null && $Object.hasOwnProperty.call(message, "cy") && !$Object.is(message.cy, 0))
                    writer.uint32(/* id 10, wireType 1 =*/81).double(message.cy);
                if (message.camera_position_m != null && message.camera_position_m.length)
                    writer.uint32(/* id 11, wireType 2 =*/90).doubles(message.camera_position_m);
                if (message.camera_orientation != null && message.camera_orientation.length)
                    writer.uint32(/* id 12, wireType 2 =*/98).doubles(message.camera_orientation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VideoOffer message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.VideoOffer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.VideoOffer & farhand.v1.VideoOffer.$Shape} VideoOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VideoOffer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.VideoOffer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.available = value;
                            else
                                delete message.available;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.unavailable_reason = value;
                            else
                                delete message.unavailable_reason;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.width = value;
                            else
                                delete message.width;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.fps = value;
                            else
                                delete message.fps;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.fx = value;
                            else
                                delete message.fx;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.fy = value;
                            else
                                delete message.fy;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.cx = value;
                            else
                                delete message.cx;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.cy = value;
                            else
                                delete message.cy;
                            continue;
                        }
                    case 11: {
                            if (wireType === 2) {
                                if (!(message.camera_position_m && message.camera_position_m.length))
                                    message.camera_position_m = [];
                                reader.doubles(message.camera_position_m);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.camera_position_m && message.camera_position_m.length))
                                message.camera_position_m = [];
                            message.camera_position_m.push(reader.double());
                            continue;
                        }
                    case 12: {
                            if (wireType === 2) {
                                if (!(message.camera_orientation && message.camera_orientation.length))
                                    message.camera_orientation = [];
                                reader.doubles(message.camera_orientation);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.camera_orientation && message.camera_orientation.length))
                                message.camera_orientation = [];
                            message.camera_orientation.push(reader.double());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a VideoOffer message.
             * @function verify
             * @memberof farhand.v1.VideoOffer
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VideoOffer.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.available != null && $Object.hasOwnProperty.call(message, "available"))
                    if (typeof message.available !== "boolean")
                        return "available: boolean expected";
                if (message.unavailable_reason != null && $Object.hasOwnProperty.call(message, "unavailable_reason"))
                    if (!$util.isString(message.unavailable_reason))
                        return "unavailable_reason: string expected";
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    if (!$util.isInteger(message.width))
                        return "width: integer expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (!$util.isInteger(message.height))
                        return "height: integer expected";
                if (message.fps != null && $Object.hasOwnProperty.call(message, "fps"))
                    if (typeof message.fps !== "number")
                        return "fps: number expected";
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    if (!$util.isString(message.description))
                        return "description: string expected";
                if (message.fx != null && $Object.hasOwnProperty.call(message, "fx"))
                    if (typeof message.fx !== "number")
                        return "fx: number expected";
                if (message.fy != null && $Object.hasOwnProperty.call(message, "fy"))
                    if (typeof message.fy !== "number")
                        return "fy: number expected";
                if (message.cx != null && $Object.hasOwnProperty.call(message, "cx"))
                    if (typeof message.cx !== "number")
                        return "cx: number expected";
                if (message.cy != null && $Object.hasOwnProperty.call(message, "cy"))
                    if (typeof message.cy !== "number")
                        return "cy: number expected";
                if (message.camera_position_m != null && $Object.hasOwnProperty.call(message, "camera_position_m")) {
                    if (!$Array.isArray(message.camera_position_m))
                        return "camera_position_m: array expected";
                    for (let i = 0; i < message.camera_position_m.length; ++i)
                        if (typeof message.camera_position_m[i] !== "number")
                            return "camera_position_m: number[] expected";
                }
                if (message.camera_orientation != null && $Object.hasOwnProperty.call(message, "camera_orientation")) {
                    if (!$Array.isArray(message.camera_orientation))
                        return "camera_orientation: array expected";
                    for (let i = 0; i < message.camera_orientation.length; ++i)
                        if (typeof message.camera_orientation[i] !== "number")
                            return "camera_orientation: number[] expected";
                }
                return null;
            };

            /**
             * Creates a VideoOffer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.VideoOffer
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.VideoOffer} VideoOffer
             */
            VideoOffer.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.VideoOffer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.VideoOffer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.VideoOffer();
                if (object.available != null)
                    if (object.available)
                        message.available = $Boolean(object.available);
                if (object.unavailable_reason != null)
                    if (typeof object.unavailable_reason !== "string" || object.unavailable_reason.length)
                        message.unavailable_reason = $String(object.unavailable_reason);
                if (object.width != null)
                    if ($Number(object.width) !== 0)
                        message.width = object.width >>> 0;
                if (object.height != null)
                    if ($Number(object.height) !== 0)
                        message.height = object.height >>> 0;
                if (object.fps != null)
                    if (!$Object.is($Number(object.fps), 0))
                        message.fps = $Number(object.fps);
                if (object.description != null)
                    if (typeof object.description !== "string" || object.description.length)
                        message.description = $String(object.description);
                if (object.fx != null)
                    if (!$Object.is($Number(object.fx), 0))
                        message.fx = $Number(object.fx);
                if (object.fy != null)
                    if (!$Object.is($Number(object.fy), 0))
                        message.fy = $Number(object.fy);
                if (object.cx != null)
                    if (!$Object.is($Number(object.cx), 0))
                        message.cx = $Number(object.cx);
                if (object.cy != null)
                    if (!$Object.is($Number(object.cy), 0))
                        message.cy = $Number(object.cy);
                if (object.camera_position_m) {
                    if (!$Array.isArray(object.camera_position_m))
                        throw $TypeError(".farhand.v1.VideoOffer.camera_position_m: array expected");
                    message.camera_position_m = $Array(object.camera_position_m.length);
                    for (let i = 0; i < object.camera_position_m.length; ++i)
                        message.camera_position_m[i] = $Number(object.camera_position_m[i]);
                }
                if (object.camera_orientation) {
                    if (!$Array.isArray(object.camera_orientation))
                        throw $TypeError(".farhand.v1.VideoOffer.camera_orientation: array expected");
                    message.camera_orientation = $Array(object.camera_orientation.length);
                    for (let i = 0; i < object.camera_orientation.length; ++i)
                        message.camera_orientation[i] = $Number(object.camera_orientation[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a VideoOffer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.VideoOffer
             * @static
             * @param {farhand.v1.VideoOffer} message VideoOffer
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VideoOffer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.camera_position_m = [];
                    object.camera_orientation = [];
                }
                if (options.defaults) {
                    object.available = false;
                    object.unavailable_reason = "";
                    object.width = 0;
                    object.height = 0;
                    object.fps = 0;
                    object.description = "";
                    object.fx = 0;
                    object.fy = 0;
                    object.cx = 0;
                    object.cy = 0;
                }
                if (message.available != null && $Object.hasOwnProperty.call(message, "available"))
                    object.available = message.available;
                if (message.unavailable_reason != null && $Object.hasOwnProperty.call(message, "unavailable_reason"))
                    object.unavailable_reason = message.unavailable_reason;
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                if (message.fps != null && $Object.hasOwnProperty.call(message, "fps"))
                    object.fps = options.json && !$isFinite(message.fps) ? $String(message.fps) : message.fps;
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    object.description = message.description;
                if (message.fx != null && $Object.hasOwnProperty.call(message, "fx"))
                    object.fx = options.json && !$isFinite(message.fx) ? $String(message.fx) : message.fx;
                if (message.fy != null && $Object.hasOwnProperty.call(message, "fy"))
                    object.fy = options.json && !$isFinite(message.fy) ? $String(message.fy) : message.fy;
                if (message.cx != null && $Object.hasOwnProperty.call(message, "cx"))
                    object.cx = options.json && !$isFinite(message.cx) ? $String(message.cx) : message.cx;
                if (message.cy != null && $Object.hasOwnProperty.call(message, "cy"))
                    object.cy = options.json && !$isFinite(message.cy) ? $String(message.cy) : message.cy;
                if (message.camera_position_m && message.camera_position_m.length) {
                    object.camera_position_m = $Array(message.camera_position_m.length);
                    for (let j = 0; j < message.camera_position_m.length; ++j)
                        object.camera_position_m[j] = options.json && !$isFinite(message.camera_position_m[j]) ? $String(message.camera_position_m[j]) : message.camera_position_m[j];
                }
                if (message.camera_orientation && message.camera_orientation.length) {
                    object.camera_orientation = $Array(message.camera_orientation.length);
                    for (let j = 0; j < message.camera_orientation.length; ++j)
                        object.camera_orientation[j] = options.json && !$isFinite(message.camera_orientation[j]) ? $String(message.camera_orientation[j]) : message.camera_orientation[j];
                }
                return object;
            };

            /**
             * Converts this VideoOffer to JSON.
             * @function toJSON
             * @memberof farhand.v1.VideoOffer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VideoOffer.prototype.toJSON = function() {
                return VideoOffer.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VideoOffer;
        })();

        v1.IceServer = (function() {

            /**
             * Properties of an IceServer.
             * @typedef {Object} farhand.v1.IceServer.$Properties
             * @property {Array.<string>|null} [urls] stun:, turn: or turns: URLs
             * @property {string|null} [username] TURN only
             * @property {string|null} [credential] TURN only (a long-term credential or a time-limited one from the TURN REST scheme)
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IceServer.
             * @memberof farhand.v1
             * @interface IIceServer
             * @augments farhand.v1.IceServer.$Properties
             * @deprecated Use farhand.v1.IceServer.$Properties instead.
             */

            /**
             * Shape of an IceServer.
             * @typedef {farhand.v1.IceServer.$Properties} farhand.v1.IceServer.$Shape
             */

            /**
             * Constructs a new IceServer.
             * @memberof farhand.v1
             * @classdesc One STUN or TURN server, as in WebRTC's RTCIceServer.
             * @constructor
             * @param {farhand.v1.IceServer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IceServer = function (properties) {
                this.urls = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * stun:, turn: or turns: URLs
             * @member {Array.<string>} urls
             * @memberof farhand.v1.IceServer
             * @instance
             */
            IceServer.prototype.urls = $util.emptyArray;

            /**
             * TURN only
             * @member {string} username
             * @memberof farhand.v1.IceServer
             * @instance
             */
            IceServer.prototype.username = "";

            /**
             * TURN only (a long-term credential or a time-limited one from the TURN REST scheme)
             * @member {string} credential
             * @memberof farhand.v1.IceServer
             * @instance
             */
            IceServer.prototype.credential = "";

            /**
             * Creates a new IceServer instance using the specified properties.
             * @function create
             * @memberof farhand.v1.IceServer
             * @static
             * @param {farhand.v1.IceServer.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.IceServer} IceServer instance
             * @type {{
             *   (properties: farhand.v1.IceServer.$Shape): farhand.v1.IceServer & farhand.v1.IceServer.$Shape;
             *   (properties?: farhand.v1.IceServer.$Properties): farhand.v1.IceServer;
             * }}
             */
            IceServer.create = function(properties) {
                return new IceServer(properties);
            };

            /**
             * Encodes the specified IceServer message. Does not implicitly {@link farhand.v1.IceServer.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.IceServer
             * @static
             * @param {farhand.v1.IceServer.$Properties} message IceServer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IceServer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.urls != null && message.urls.length)
                    for (let i = 0; i < message.urls.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.urls[i]);
                if (message.username != null && $Object.hasOwnProperty.call(message, "username") && message.username !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.username);
                if (message.credential != null && $Object.hasOwnProperty.call(message, "credential") && message.credential !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.credential);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IceServer message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.IceServer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.IceServer & farhand.v1.IceServer.$Shape} IceServer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IceServer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.IceServer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.urls && message.urls.length))
                                message.urls = [];
                            message.urls.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.username = value;
                            else
                                delete message.username;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.credential = value;
                            else
                                delete message.credential;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an IceServer message.
             * @function verify
             * @memberof farhand.v1.IceServer
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IceServer.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.urls != null && $Object.hasOwnProperty.call(message, "urls")) {
                    if (!$Array.isArray(message.urls))
                        return "urls: array expected";
                    for (let i = 0; i < message.urls.length; ++i)
                        if (!$util.isString(message.urls[i]))
                            return "urls: string[] expected";
                }
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    if (!$util.isString(message.username))
                        return "username: string expected";
                if (message.credential != null && $Object.hasOwnProperty.call(message, "credential"))
                    if (!$util.isString(message.credential))
                        return "credential: string expected";
                return null;
            };

            /**
             * Creates an IceServer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.IceServer
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.IceServer} IceServer
             */
            IceServer.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.IceServer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.IceServer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.IceServer();
                if (object.urls) {
                    if (!$Array.isArray(object.urls))
                        throw $TypeError(".farhand.v1.IceServer.urls: array expected");
                    message.urls = $Array(object.urls.length);
                    for (let i = 0; i < object.urls.length; ++i)
                        message.urls[i] = $String(object.urls[i]);
                }
                if (object.username != null)
                    if (typeof object.username !== "string" || object.username.length)
                        message.username = $String(object.username);
                if (object.credential != null)
                    if (typeof object.credential !== "string" || object.credential.length)
                        message.credential = $String(object.credential);
                return message;
            };

            /**
             * Creates a plain object from an IceServer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.IceServer
             * @static
             * @param {farhand.v1.IceServer} message IceServer
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IceServer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.urls = [];
                if (options.defaults) {
                    object.username = "";
                    object.credential = "";
                }
                if (message.urls && message.urls.length) {
                    object.urls = $Array(message.urls.length);
                    for (let j = 0; j < message.urls.length; ++j)
                        object.urls[j] = message.urls[j];
                }
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    object.username = message.username;
                if (message.credential != null && $Object.hasOwnProperty.call(message, "credential"))
                    object.credential = message.credential;
                return object;
            };

            /**
             * Converts this IceServer to JSON.
             * @function toJSON
             * @memberof farhand.v1.IceServer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IceServer.prototype.toJSON = function() {
                return IceServer.toObject(this, $protobuf.util.toJSONOptions);
            };

            return IceServer;
        })();

        v1.Limits = (function() {

            /**
             * Properties of a Limits.
             * @typedef {Object} farhand.v1.Limits.$Properties
             * @property {number|null} [motion_scale] current tool/master translation ratio (default 0.2 = 5:1)
             * @property {number|null} [motion_scale_min] 0.1 (10:1)
             * @property {number|null} [motion_scale_max] 1.0 (1:1)
             * @property {number|null} [max_linear_speed_mps] tool tip
             * @property {number|null} [max_linear_accel_mps2] Limits max_linear_accel_mps2
             * @property {number|null} [max_angular_speed_radps] Limits max_angular_speed_radps
             * @property {number|null} [max_angular_accel_radps2] Limits max_angular_accel_radps2
             * @property {number|null} [max_jaw_speed_radps] Limits max_jaw_speed_radps
             * @property {number|null} [stale_link_timeout_s] hold when no frame this long past the playout point (0.1)
             * @property {number|null} [engage_alignment_tolerance_rad] master/tool orientation mismatch allowed at engage (5 deg)
             * @property {number|null} [max_one_way_delay_engage_s] engage refused above this (0.5)
             * @property {number|null} [warn_one_way_delay_s] warning above this (0.15)
             * @property {number|null} [tracking_error_limit_m] measured vs setpoint tip error that faults (0.005)
             * @property {number|null} [tracking_error_time_s] ... when exceeded for this long (0.05)
             * @property {number|null} [max_frame_bytes] larger WebSocket messages are refused
             * @property {number|null} [max_frame_rate_hz] motion frames above this rate are refused (flood)
             * @property {farhand.v1.Workspace.$Properties|null} [workspace] Limits workspace
             * @property {number|null} [playout_delay_min_s] Limits playout_delay_min_s
             * @property {number|null} [playout_delay_max_s] Limits playout_delay_max_s
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Limits.
             * @memberof farhand.v1
             * @interface ILimits
             * @augments farhand.v1.Limits.$Properties
             * @deprecated Use farhand.v1.Limits.$Properties instead.
             */

            /**
             * Shape of a Limits.
             * @typedef {farhand.v1.Limits.$Properties} farhand.v1.Limits.$Shape
             */

            /**
             * Constructs a new Limits.
             * @memberof farhand.v1
             * @classdesc Represents a Limits.
             * @constructor
             * @param {farhand.v1.Limits.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Limits = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * current tool/master translation ratio (default 0.2 = 5:1)
             * @member {number} motion_scale
             * @memberof farhand.v1.Limits
             * @instance
             */
            Limits.prototype.motion_scale = 0;

            /**
             * 0.1 (10:1)
             * @member {number} motion_scale_min
             * @memberof farhand.v1.Limits
             * @instance
             */
            Limits.prototype.motion_scale_min = 0;

            /**
             * 1.0 (1:1)
             * @member {number} motion_scale_max
             * @memberof farhand.v1.Limits
             * @instance
             */
            Limits.prototype.motion_scale_max = 0;

            /**
             * tool tip
             * @member {number} max_linear_speed_mps
             * @memberof farhand.v1.Limits
             * @instance
             */
            Limits.prototype.max_linear_speed_mps = 0;

            /**
             * Limits max_linear_accel_mps2.
             * @member {number} max_linear_accel_mps2
             * @memberof farhand.v1.Limits
             * @instance
             */
            Limits.prototype.max_linear_accel_mps2 = 0;

            /**
             * Limits max_angular_speed_radps.
             * @member {number} max_angular_speed_radps
             * @memberof farhand.v1.Limits
             * @instance
             */
            Limits.prototype.max_angular_speed_radps = 0;

            /**
             * Limits max_angular_accel_radps2.
             * @member {number} max_angular_accel_radps2
             * @memberof farhand.v1.Limits
             * @instance
             */
            Limits.prototype.max_angular_accel_radps2 = 0;

            /**
             * Limits max_jaw_speed_radps.
             * @member {number} max_jaw_speed_radps
             * @memberof farhand.v1.Limits
             * @instance
             */
            Limits.prototype.max_jaw_speed_radps = 0;

            /**
             * hold when no frame this long past the playout point (0.1)
             * @member {number} stale_link_timeout_s
             * @memberof farhand.v1.Limits
             * @instance
             */
            Limits.prototype.stale_link_timeout_s = 0;

            /**
             * master/tool orientation mismatch allowed at engage (5 deg)
             * @member {number} engage_alignment_tolerance_rad
             * @memberof farhand.v1.Limits
             * @instance
             */
            Limits.prototype.engage_alignment_tolerance_rad = 0;

            /**
             * engage refused above this (0.5)
             * @member {number} max_one_way_delay_engage_s
             * @memberof farhand.v1.Limits
             * @instance
             */
            Limits.prototype.max_one_way_delay_engage_s = 0;

            /**
             * warning above this (0.15)
             * @member {number} warn_one_way_delay_s
             * @memberof farhand.v1.Limits
             * @instance
             */
            Limits.prototype.warn_one_way_delay_s = 0;

            /**
             * measured vs setpoint tip error that faults (0.005)
             * @member {number} tracking_error_limit_m
             * @memberof farhand.v1.Limits
             * @instance
             */
            Limits.prototype.tracking_error_limit_m = 0;

            /**
             * ... when exceeded for this long (0.05)
             * @member {number} tracking_error_time_s
             * @memberof farhand.v1.Limits
             * @instance
             */
            Limits.prototype.tracking_error_time_s = 0;

            /**
             * larger WebSocket messages are refused
             * @member {number} max_frame_bytes
             * @memberof farhand.v1.Limits
             * @instance
             */
            Limits.prototype.max_frame_bytes = 0;

            /**
             * motion frames above this rate are refused (flood)
             * @member {number} max_frame_rate_hz
             * @memberof farhand.v1.Limits
             * @instance
             */
            Limits.prototype.max_frame_rate_hz = 0;

            /**
             * Limits workspace.
             * @member {farhand.v1.Workspace.$Properties|null|undefined} workspace
             * @memberof farhand.v1.Limits
             * @instance
             */
            Limits.prototype.workspace = null;

            /**
             * Limits playout_delay_min_s.
             * @member {number} playout_delay_min_s
             * @memberof farhand.v1.Limits
             * @instance
             */
            Limits.prototype.playout_delay_min_s = 0;

            /**
             * Limits playout_delay_max_s.
             * @member {number} playout_delay_max_s
             * @memberof farhand.v1.Limits
             * @instance
             */
            Limits.prototype.playout_delay_max_s = 0;

            /**
             * Creates a new Limits instance using the specified properties.
             * @function create
             * @memberof farhand.v1.Limits
             * @static
             * @param {farhand.v1.Limits.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.Limits} Limits instance
             * @type {{
             *   (properties: farhand.v1.Limits.$Shape): farhand.v1.Limits & farhand.v1.Limits.$Shape;
             *   (properties?: farhand.v1.Limits.$Properties): farhand.v1.Limits;
             * }}
             */
            Limits.create = function(properties) {
                return new Limits(properties);
            };

            /**
             * Encodes the specified Limits message. Does not implicitly {@link farhand.v1.Limits.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.Limits
             * @static
             * @param {farhand.v1.Limits.$Properties} message Limits message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Limits.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.motion_scale != null && $Object.hasOwnProperty.call(message, "motion_scale") && !$Object.is(message.motion_scale, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.motion_scale);
                if (message.motion_scale_min != null && $Object.hasOwnProperty.call(message, "motion_scale_min") && !$Object.is(message.motion_scale_min, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.motion_scale_min);
                if (message.motion_scale_max != null && $Object.hasOwnProperty.call(message, "motion_scale_max") && !$Object.is(message.motion_scale_max, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.motion_scale_max);
                if (message.max_linear_speed_mps != null && $Object.hasOwnProperty.call(message, "max_linear_speed_mps") && !$Object.is(message.max_linear_speed_mps, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.max_linear_speed_mps);
                if (message.max_linear_accel_mps2 != null && $Object.hasOwnProperty.call(message, "max_linear_accel_mps2") && !$Object.is(message.max_linear_accel_mps2, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.max_linear_accel_mps2);
                if (message.max_angular_speed_radps != null && $Object.hasOwnProperty.call(message, "max_angular_speed_radps") && !$Object.is(message.max_angular_speed_radps, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.max_angular_speed_radps);
                if (message.max_angular_accel_radps2 != null && $Object.hasOwnProperty.call(message, "max_angular_accel_radps2") && !$Object.is(message.max_angular_accel_radps2, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.max_angular_accel_radps2);
                if (message.max_jaw_speed_radps != null && $Object.hasOwnProperty.call(message, "max_jaw_speed_radps") && !$Object.is(message.max_jaw_speed_radps, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.max_jaw_speed_radps);
                if (message.stale_link_timeout_s != null && $Object.hasOwnProperty.call(message, "stale_link_timeout_s") && !$Object.is(message.stale_link_timeout_s, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.stale_link_timeout_s);
                if (message.engage_alignment_tolerance_rad != null && $Object.hasOwnProperty.call(message, "engage_alignment_tolerance_rad") && !$Object.is(message.engage_alignment_tolerance_rad, 0))
                    writer.uint32(/* id 10, wireType 1 =*/81).double(message.engage_alignment_tolerance_rad);
                if (message.max_one_way_delay_engage_s != null && $Object.hasOwnProperty.call(message, "max_one_way_delay_engage_s") && !$Object.is(message.max_one_way_delay_engage_s, 0))
                    writer.uint32(/* id 11, wireType 1 =*/89).double(message.max_one_way_delay_engage_s);
                if (message.warn_one_way_delay_s != null && $Object.hasOwnProperty.call(message, "warn_one_way_delay_s") && !$Object.is(message.warn_one_way_delay_s, 0))
                    writer.uint32(/* id 12, wireType 1 =*/97).double(message.warn_one_way_delay_s);
                if (message.tracking_error_limit_m != null && $Object.hasOwnProperty.call(message, "tracking_error_limit_m") && !$Object.is(message.tracking_error_limit_m, 0))
                    writer.uint32(/* id 13, wireType 1 =*/105).double(message.tracking_error_limit_m);
                if (message.tracking_error_time_s != null && $Object.hasOwnProperty.call(message, "tracking_error_time_s") && !$Object.is(message.tracking_error_time_s, 0))
                    writer.uint32(/* id 14, wireType 1 =*/113).double(message.tracking_error_time_s);
                if (message.max_frame_bytes != null && $Object.hasOwnProperty.call(message, "max_frame_bytes") && !$Object.is(message.max_frame_bytes, 0))
                    writer.uint32(/* id 15, wireType 1 =*/121).double(message.max_frame_bytes);
                if (message.max_frame_rate_hz != null && $Object.hasOwnProperty.call(message, "max_frame_rate_hz") && !$Object.is(message.max_frame_rate_hz, 0))
                    writer.uint32(/* id 16, wireType 1 =*/129).double(message.max_frame_rate_hz);
                if (message.workspace != null && $Object.hasOwnProperty.call(message, "workspace"))
                    $root.farhand.v1.Workspace.encode(message.workspace, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.playout_delay_min_s != null && $Object.hasOwnProperty.call(message, "playout_delay_min_s") && !$Object.is(message.playout_delay_min_s, 0))
                    writer.uint32(/* id 18, wireType 1 =*/145).double(message.playout_delay_min_s);
                if (message.playout_delay_max_s != null && $Object.hasOwnProperty.call(message, "playout_delay_max_s") && !$Object.is(message.playout_delay_max_s, 0))
                    writer.uint32(/* id 19, wireType 1 =*/153).double(message.playout_delay_max_s);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Limits message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.Limits
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.Limits & farhand.v1.Limits.$Shape} Limits
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Limits.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.Limits();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.motion_scale = value;
                            else
                                delete message.motion_scale;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.motion_scale_min = value;
                            else
                                delete message.motion_scale_min;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.motion_scale_max = value;
                            else
                                delete message.motion_scale_max;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.max_linear_speed_mps = value;
                            else
                                delete message.max_linear_speed_mps;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.max_linear_accel_mps2 = value;
                            else
                                delete message.max_linear_accel_mps2;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.max_angular_speed_radps = value;
                            else
                                delete message.max_angular_speed_radps;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.max_angular_accel_radps2 = value;
                            else
                                delete message.max_angular_accel_radps2;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.max_jaw_speed_radps = value;
                            else
                                delete message.max_jaw_speed_radps;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.stale_link_timeout_s = value;
                            else
                                delete message.stale_link_timeout_s;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.engage_alignment_tolerance_rad = value;
                            else
                                delete message.engage_alignment_tolerance_rad;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.max_one_way_delay_engage_s = value;
                            else
                                delete message.max_one_way_delay_engage_s;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.warn_one_way_delay_s = value;
                            else
                                delete message.warn_one_way_delay_s;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.tracking_error_limit_m = value;
                            else
                                delete message.tracking_error_limit_m;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.tracking_error_time_s = value;
                            else
                                delete message.tracking_error_time_s;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.max_frame_bytes = value;
                            else
                                delete message.max_frame_bytes;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.max_frame_rate_hz = value;
                            else
                                delete message.max_frame_rate_hz;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.workspace = $root.farhand.v1.Workspace.decode(reader, reader.size(), $undefined, _depth + 1, message.workspace);
                            continue;
                        }
                    case 18: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.playout_delay_min_s = value;
                            else
                                delete message.playout_delay_min_s;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.playout_delay_max_s = value;
                            else
                                delete message.playout_delay_max_s;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Limits message.
             * @function verify
             * @memberof farhand.v1.Limits
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Limits.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.motion_scale != null && $Object.hasOwnProperty.call(message, "motion_scale"))
                    if (typeof message.motion_scale !== "number")
                        return "motion_scale: number expected";
                if (message.motion_scale_min != null && $Object.hasOwnProperty.call(message, "motion_scale_min"))
                    if (typeof message.motion_scale_min !== "number")
                        return "motion_scale_min: number expected";
                if (message.motion_scale_max != null && $Object.hasOwnProperty.call(message, "motion_scale_max"))
                    if (typeof message.motion_scale_max !== "number")
                        return "motion_scale_max: number expected";
                if (message.max_linear_speed_mps != null && $Object.hasOwnProperty.call(message, "max_linear_speed_mps"))
                    if (typeof message.max_linear_speed_mps !== "number")
                        return "max_linear_speed_mps: number expected";
                if (message.max_linear_accel_mps2 != null && $Object.hasOwnProperty.call(message, "max_linear_accel_mps2"))
                    if (typeof message.max_linear_accel_mps2 !== "number")
                        return "max_linear_accel_mps2: number expected";
                if (message.max_angular_speed_radps != null && $Object.hasOwnProperty.call(message, "max_angular_speed_radps"))
                    if (typeof message.max_angular_speed_radps !== "number")
                        return "max_angular_speed_radps: number expected";
                if (message.max_angular_accel_radps2 != null && $Object.hasOwnProperty.call(message, "max_angular_accel_radps2"))
                    if (typeof message.max_angular_accel_radps2 !== "number")
                        return "max_angular_accel_radps2: number expected";
                if (message.max_jaw_speed_radps != null && $Object.hasOwnProperty.call(message, "max_jaw_speed_radps"))
                    if (typeof message.max_jaw_speed_radps !== "number")
                        return "max_jaw_speed_radps: number expected";
                if (message.stale_link_timeout_s != null && $Object.hasOwnProperty.call(message, "stale_link_timeout_s"))
                    if (typeof message.stale_link_timeout_s !== "number")
                        return "stale_link_timeout_s: number expected";
                if (message.engage_alignment_tolerance_rad != null && $Object.hasOwnProperty.call(message, "engage_alignment_tolerance_rad"))
                    if (typeof message.engage_alignment_tolerance_rad !== "number")
                        return "engage_alignment_tolerance_rad: number expected";
                if (message.max_one_way_delay_engage_s != null && $Object.hasOwnProperty.call(message, "max_one_way_delay_engage_s"))
                    if (typeof message.max_one_way_delay_engage_s !== "number")
                        return "max_one_way_delay_engage_s: number expected";
                if (message.warn_one_way_delay_s != null && $Object.hasOwnProperty.call(message, "warn_one_way_delay_s"))
                    if (typeof message.warn_one_way_delay_s !== "number")
                        return "warn_one_way_delay_s: number expected";
                if (message.tracking_error_limit_m != null && $Object.hasOwnProperty.call(message, "tracking_error_limit_m"))
                    if (typeof message.tracking_error_limit_m !== "number")
                        return "tracking_error_limit_m: number expected";
                if (message.tracking_error_time_s != null && $Object.hasOwnProperty.call(message, "tracking_error_time_s"))
                    if (typeof message.tracking_error_time_s !== "number")
                        return "tracking_error_time_s: number expected";
                if (message.max_frame_bytes != null && $Object.hasOwnProperty.call(message, "max_frame_bytes"))
                    if (typeof message.max_frame_bytes !== "number")
                        return "max_frame_bytes: number expected";
                if (message.max_frame_rate_hz != null && $Object.hasOwnProperty.call(message, "max_frame_rate_hz"))
                    if (typeof message.max_frame_rate_hz !== "number")
                        return "max_frame_rate_hz: number expected";
                if (message.workspace != null && $Object.hasOwnProperty.call(message, "workspace")) {
                    let error = $root.farhand.v1.Workspace.verify(message.workspace, _depth + 1);
                    if (error)
                        return "workspace." + error;
                }
                if (message.playout_delay_min_s != null && $Object.hasOwnProperty.call(message, "playout_delay_min_s"))
                    if (typeof message.playout_delay_min_s !== "number")
                        return "playout_delay_min_s: number expected";
                if (message.playout_delay_max_s != null && $Object.hasOwnProperty.call(message, "playout_delay_max_s"))
                    if (typeof message.playout_delay_max_s !== "number")
                        return "playout_delay_max_s: number expected";
                return null;
            };

            /**
             * Creates a Limits message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.Limits
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.Limits} Limits
             */
            Limits.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.Limits)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.Limits: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.Limits();
                if (object.motion_scale != null)
                    if (!$Object.is($Number(object.motion_scale), 0))
                        message.motion_scale = $Number(object.motion_scale);
                if (object.motion_scale_min != null)
                    if (!$Object.is($Number(object.motion_scale_min), 0))
                        message.motion_scale_min = $Number(object.motion_scale_min);
                if (object.motion_scale_max != null)
                    if (!$Object.is($Number(object.motion_scale_max), 0))
                        message.motion_scale_max = $Number(object.motion_scale_max);
                if (object.max_linear_speed_mps != null)
                    if (!$Object.is($Number(object.max_linear_speed_mps), 0))
                        message.max_linear_speed_mps = $Number(object.max_linear_speed_mps);
                if (object.max_linear_accel_mps2 != null)
                    if (!$Object.is($Number(object.max_linear_accel_mps2), 0))
                        message.max_linear_accel_mps2 = $Number(object.max_linear_accel_mps2);
                if (object.max_angular_speed_radps != null)
                    if (!$Object.is($Number(object.max_angular_speed_radps), 0))
                        message.max_angular_speed_radps = $Number(object.max_angular_speed_radps);
                if (object.max_angular_accel_radps2 != null)
                    if (!$Object.is($Number(object.max_angular_accel_radps2), 0))
                        message.max_angular_accel_radps2 = $Number(object.max_angular_accel_radps2);
                if (object.max_jaw_speed_radps != null)
                    if (!$Object.is($Number(object.max_jaw_speed_radps), 0))
                        message.max_jaw_speed_radps = $Number(object.max_jaw_speed_radps);
                if (object.stale_link_timeout_s != null)
                    if (!$Object.is($Number(object.stale_link_timeout_s), 0))
                        message.stale_link_timeout_s = $Number(object.stale_link_timeout_s);
                if (object.engage_alignment_tolerance_rad != null)
                    if (!$Object.is($Number(object.engage_alignment_tolerance_rad), 0))
                        message.engage_alignment_tolerance_rad = $Number(object.engage_alignment_tolerance_rad);
                if (object.max_one_way_delay_engage_s != null)
                    if (!$Object.is($Number(object.max_one_way_delay_engage_s), 0))
                        message.max_one_way_delay_engage_s = $Number(object.max_one_way_delay_engage_s);
                if (object.warn_one_way_delay_s != null)
                    if (!$Object.is($Number(object.warn_one_way_delay_s), 0))
                        message.warn_one_way_delay_s = $Number(object.warn_one_way_delay_s);
                if (object.tracking_error_limit_m != null)
                    if (!$Object.is($Number(object.tracking_error_limit_m), 0))
                        message.tracking_error_limit_m = $Number(object.tracking_error_limit_m);
                if (object.tracking_error_time_s != null)
                    if (!$Object.is($Number(object.tracking_error_time_s), 0))
                        message.tracking_error_time_s = $Number(object.tracking_error_time_s);
                if (object.max_frame_bytes != null)
                    if (!$Object.is($Number(object.max_frame_bytes), 0))
                        message.max_frame_bytes = $Number(object.max_frame_bytes);
                if (object.max_frame_rate_hz != null)
                    if (!$Object.is($Number(object.max_frame_rate_hz), 0))
                        message.max_frame_rate_hz = $Number(object.max_frame_rate_hz);
                if (object.workspace != null) {
                    if (!$util.isObject(object.workspace))
                        throw $TypeError(".farhand.v1.Limits.workspace: object expected");
                    message.workspace = $root.farhand.v1.Workspace.fromObject(object.workspace, _depth + 1);
                }
                if (object.playout_delay_min_s != null)
                    if (!$Object.is($Number(object.playout_delay_min_s), 0))
                        message.playout_delay_min_s = $Number(object.playout_delay_min_s);
                if (object.playout_delay_max_s != null)
                    if (!$Object.is($Number(object.playout_delay_max_s), 0))
                        message.playout_delay_max_s = $Number(object.playout_delay_max_s);
                return message;
            };

            /**
             * Creates a plain object from a Limits message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.Limits
             * @static
             * @param {farhand.v1.Limits} message Limits
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Limits.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.motion_scale = 0;
                    object.motion_scale_min = 0;
                    object.motion_scale_max = 0;
                    object.max_linear_speed_mps = 0;
                    object.max_linear_accel_mps2 = 0;
                    object.max_angular_speed_radps = 0;
                    object.max_angular_accel_radps2 = 0;
                    object.max_jaw_speed_radps = 0;
                    object.stale_link_timeout_s = 0;
                    object.engage_alignment_tolerance_rad = 0;
                    object.max_one_way_delay_engage_s = 0;
                    object.warn_one_way_delay_s = 0;
                    object.tracking_error_limit_m = 0;
                    object.tracking_error_time_s = 0;
                    object.max_frame_bytes = 0;
                    object.max_frame_rate_hz = 0;
                    object.workspace = null;
                    object.playout_delay_min_s = 0;
                    object.playout_delay_max_s = 0;
                }
                if (message.motion_scale != null && $Object.hasOwnProperty.call(message, "motion_scale"))
                    object.motion_scale = options.json && !$isFinite(message.motion_scale) ? $String(message.motion_scale) : message.motion_scale;
                if (message.motion_scale_min != null && $Object.hasOwnProperty.call(message, "motion_scale_min"))
                    object.motion_scale_min = options.json && !$isFinite(message.motion_scale_min) ? $String(message.motion_scale_min) : message.motion_scale_min;
                if (message.motion_scale_max != null && $Object.hasOwnProperty.call(message, "motion_scale_max"))
                    object.motion_scale_max = options.json && !$isFinite(message.motion_scale_max) ? $String(message.motion_scale_max) : message.motion_scale_max;
                if (message.max_linear_speed_mps != null && $Object.hasOwnProperty.call(message, "max_linear_speed_mps"))
                    object.max_linear_speed_mps = options.json && !$isFinite(message.max_linear_speed_mps) ? $String(message.max_linear_speed_mps) : message.max_linear_speed_mps;
                if (message.max_linear_accel_mps2 != null && $Object.hasOwnProperty.call(message, "max_linear_accel_mps2"))
                    object.max_linear_accel_mps2 = options.json && !$isFinite(message.max_linear_accel_mps2) ? $String(message.max_linear_accel_mps2) : message.max_linear_accel_mps2;
                if (message.max_angular_speed_radps != null && $Object.hasOwnProperty.call(message, "max_angular_speed_radps"))
                    object.max_angular_speed_radps = options.json && !$isFinite(message.max_angular_speed_radps) ? $String(message.max_angular_speed_radps) : message.max_angular_speed_radps;
                if (message.max_angular_accel_radps2 != null && $Object.hasOwnProperty.call(message, "max_angular_accel_radps2"))
                    object.max_angular_accel_radps2 = options.json && !$isFinite(message.max_angular_accel_radps2) ? $String(message.max_angular_accel_radps2) : message.max_angular_accel_radps2;
                if (message.max_jaw_speed_radps != null && $Object.hasOwnProperty.call(message, "max_jaw_speed_radps"))
                    object.max_jaw_speed_radps = options.json && !$isFinite(message.max_jaw_speed_radps) ? $String(message.max_jaw_speed_radps) : message.max_jaw_speed_radps;
                if (message.stale_link_timeout_s != null && $Object.hasOwnProperty.call(message, "stale_link_timeout_s"))
                    object.stale_link_timeout_s = options.json && !$isFinite(message.stale_link_timeout_s) ? $String(message.stale_link_timeout_s) : message.stale_link_timeout_s;
                if (message.engage_alignment_tolerance_rad != null && $Object.hasOwnProperty.call(message, "engage_alignment_tolerance_rad"))
                    object.engage_alignment_tolerance_rad = options.json && !$isFinite(message.engage_alignment_tolerance_rad) ? $String(message.engage_alignment_tolerance_rad) : message.engage_alignment_tolerance_rad;
                if (message.max_one_way_delay_engage_s != null && $Object.hasOwnProperty.call(message, "max_one_way_delay_engage_s"))
                    object.max_one_way_delay_engage_s = options.json && !$isFinite(message.max_one_way_delay_engage_s) ? $String(message.max_one_way_delay_engage_s) : message.max_one_way_delay_engage_s;
                if (message.warn_one_way_delay_s != null && $Object.hasOwnProperty.call(message, "warn_one_way_delay_s"))
                    object.warn_one_way_delay_s = options.json && !$isFinite(message.warn_one_way_delay_s) ? $String(message.warn_one_way_delay_s) : message.warn_one_way_delay_s;
                if (message.tracking_error_limit_m != null && $Object.hasOwnProperty.call(message, "tracking_error_limit_m"))
                    object.tracking_error_limit_m = options.json && !$isFinite(message.tracking_error_limit_m) ? $String(message.tracking_error_limit_m) : message.tracking_error_limit_m;
                if (message.tracking_error_time_s != null && $Object.hasOwnProperty.call(message, "tracking_error_time_s"))
                    object.tracking_error_time_s = options.json && !$isFinite(message.tracking_error_time_s) ? $String(message.tracking_error_time_s) : message.tracking_error_time_s;
                if (message.max_frame_bytes != null && $Object.hasOwnProperty.call(message, "max_frame_bytes"))
                    object.max_frame_bytes = options.json && !$isFinite(message.max_frame_bytes) ? $String(message.max_frame_bytes) : message.max_frame_bytes;
                if (message.max_frame_rate_hz != null && $Object.hasOwnProperty.call(message, "max_frame_rate_hz"))
                    object.max_frame_rate_hz = options.json && !$isFinite(message.max_frame_rate_hz) ? $String(message.max_frame_rate_hz) : message.max_frame_rate_hz;
                if (message.workspace != null && $Object.hasOwnProperty.call(message, "workspace"))
                    object.workspace = $root.farhand.v1.Workspace.toObject(message.workspace, options, _depth + 1);
                if (message.playout_delay_min_s != null && $Object.hasOwnProperty.call(message, "playout_delay_min_s"))
                    object.playout_delay_min_s = options.json && !$isFinite(message.playout_delay_min_s) ? $String(message.playout_delay_min_s) : message.playout_delay_min_s;
                if (message.playout_delay_max_s != null && $Object.hasOwnProperty.call(message, "playout_delay_max_s"))
                    object.playout_delay_max_s = options.json && !$isFinite(message.playout_delay_max_s) ? $String(message.playout_delay_max_s) : message.playout_delay_max_s;
                return object;
            };

            /**
             * Converts this Limits to JSON.
             * @function toJSON
             * @memberof farhand.v1.Limits
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Limits.prototype.toJSON = function() {
                return Limits.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Limits;
        })();

        v1.Workspace = (function() {

            /**
             * Properties of a Workspace.
             * @typedef {Object} farhand.v1.Workspace.$Properties
             * @property {farhand.v1.Vector3.$Properties|null} [min_m] axis-aligned box, lower corner
             * @property {farhand.v1.Vector3.$Properties|null} [max_m] upper corner
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Workspace.
             * @memberof farhand.v1
             * @interface IWorkspace
             * @augments farhand.v1.Workspace.$Properties
             * @deprecated Use farhand.v1.Workspace.$Properties instead.
             */

            /**
             * Shape of a Workspace.
             * @typedef {farhand.v1.Workspace.$Properties} farhand.v1.Workspace.$Shape
             */

            /**
             * Constructs a new Workspace.
             * @memberof farhand.v1
             * @classdesc Tool-tip workspace in the PSM base frame (origin at the remote centre of motion), metres.
             * @constructor
             * @param {farhand.v1.Workspace.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Workspace = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * axis-aligned box, lower corner
             * @member {farhand.v1.Vector3.$Properties|null|undefined} min_m
             * @memberof farhand.v1.Workspace
             * @instance
             */
            Workspace.prototype.min_m = null;

            /**
             * upper corner
             * @member {farhand.v1.Vector3.$Properties|null|undefined} max_m
             * @memberof farhand.v1.Workspace
             * @instance
             */
            Workspace.prototype.max_m = null;

            /**
             * Creates a new Workspace instance using the specified properties.
             * @function create
             * @memberof farhand.v1.Workspace
             * @static
             * @param {farhand.v1.Workspace.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.Workspace} Workspace instance
             * @type {{
             *   (properties: farhand.v1.Workspace.$Shape): farhand.v1.Workspace & farhand.v1.Workspace.$Shape;
             *   (properties?: farhand.v1.Workspace.$Properties): farhand.v1.Workspace;
             * }}
             */
            Workspace.create = function(properties) {
                return new Workspace(properties);
            };

            /**
             * Encodes the specified Workspace message. Does not implicitly {@link farhand.v1.Workspace.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.Workspace
             * @static
             * @param {farhand.v1.Workspace.$Properties} message Workspace message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Workspace.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.min_m != null && $Object.hasOwnProperty.call(message, "min_m"))
                    $root.farhand.v1.Vector3.encode(message.min_m, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.max_m != null && $Object.hasOwnProperty.call(message, "max_m"))
                    $root.farhand.v1.Vector3.encode(message.max_m, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Workspace message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.Workspace
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.Workspace & farhand.v1.Workspace.$Shape} Workspace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Workspace.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.Workspace();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.min_m = $root.farhand.v1.Vector3.decode(reader, reader.size(), $undefined, _depth + 1, message.min_m);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.max_m = $root.farhand.v1.Vector3.decode(reader, reader.size(), $undefined, _depth + 1, message.max_m);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Workspace message.
             * @function verify
             * @memberof farhand.v1.Workspace
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Workspace.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.min_m != null && $Object.hasOwnProperty.call(message, "min_m")) {
                    let error = $root.farhand.v1.Vector3.verify(message.min_m, _depth + 1);
                    if (error)
                        return "min_m." + error;
                }
                if (message.max_m != null && $Object.hasOwnProperty.call(message, "max_m")) {
                    let error = $root.farhand.v1.Vector3.verify(message.max_m, _depth + 1);
                    if (error)
                        return "max_m." + error;
                }
                return null;
            };

            /**
             * Creates a Workspace message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.Workspace
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.Workspace} Workspace
             */
            Workspace.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.Workspace)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.Workspace: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.Workspace();
                if (object.min_m != null) {
                    if (!$util.isObject(object.min_m))
                        throw $TypeError(".farhand.v1.Workspace.min_m: object expected");
                    message.min_m = $root.farhand.v1.Vector3.fromObject(object.min_m, _depth + 1);
                }
                if (object.max_m != null) {
                    if (!$util.isObject(object.max_m))
                        throw $TypeError(".farhand.v1.Workspace.max_m: object expected");
                    message.max_m = $root.farhand.v1.Vector3.fromObject(object.max_m, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Workspace message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.Workspace
             * @static
             * @param {farhand.v1.Workspace} message Workspace
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Workspace.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.min_m = null;
                    object.max_m = null;
                }
                if (message.min_m != null && $Object.hasOwnProperty.call(message, "min_m"))
                    object.min_m = $root.farhand.v1.Vector3.toObject(message.min_m, options, _depth + 1);
                if (message.max_m != null && $Object.hasOwnProperty.call(message, "max_m"))
                    object.max_m = $root.farhand.v1.Vector3.toObject(message.max_m, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Workspace to JSON.
             * @function toJSON
             * @memberof farhand.v1.Workspace
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Workspace.prototype.toJSON = function() {
                return Workspace.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Workspace;
        })();

        /**
         * RejectCode enum.
         * @name farhand.v1.RejectCode
         * @enum {number}
         * @property {number} REJECT_UNSPECIFIED=0 REJECT_UNSPECIFIED value
         * @property {number} BAD_TOKEN=1 token unknown, or does not grant the role asked for
         * @property {number} VERSION_MISMATCH=2 protocol major differs; the sentence names both versions
         * @property {number} BAD_HELLO=3 first message was not a valid Hello
         * @property {number} HANDSHAKE_TIMEOUT=4 no Hello in time
         * @property {number} TOO_MANY_CLIENTS=5 TOO_MANY_CLIENTS value
         * @property {number} SHUTTING_DOWN=6 SHUTTING_DOWN value
         */
        v1.RejectCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "REJECT_UNSPECIFIED"] = 0;
            values[valuesById[1] = "BAD_TOKEN"] = 1;
            values[valuesById[2] = "VERSION_MISMATCH"] = 2;
            values[valuesById[3] = "BAD_HELLO"] = 3;
            values[valuesById[4] = "HANDSHAKE_TIMEOUT"] = 4;
            values[valuesById[5] = "TOO_MANY_CLIENTS"] = 5;
            values[valuesById[6] = "SHUTTING_DOWN"] = 6;
            return values;
        })();

        v1.Reject = (function() {

            /**
             * Properties of a Reject.
             * @typedef {Object} farhand.v1.Reject.$Properties
             * @property {farhand.v1.RejectCode|null} [code] Reject code
             * @property {string|null} [reason] a sentence a person can act on
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reject.
             * @memberof farhand.v1
             * @interface IReject
             * @augments farhand.v1.Reject.$Properties
             * @deprecated Use farhand.v1.Reject.$Properties instead.
             */

            /**
             * Shape of a Reject.
             * @typedef {farhand.v1.Reject.$Properties} farhand.v1.Reject.$Shape
             */

            /**
             * Constructs a new Reject.
             * @memberof farhand.v1
             * @classdesc Represents a Reject.
             * @constructor
             * @param {farhand.v1.Reject.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reject = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Reject code.
             * @member {farhand.v1.RejectCode} code
             * @memberof farhand.v1.Reject
             * @instance
             */
            Reject.prototype.code = 0;

            /**
             * a sentence a person can act on
             * @member {string} reason
             * @memberof farhand.v1.Reject
             * @instance
             */
            Reject.prototype.reason = "";

            /**
             * Creates a new Reject instance using the specified properties.
             * @function create
             * @memberof farhand.v1.Reject
             * @static
             * @param {farhand.v1.Reject.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.Reject} Reject instance
             * @type {{
             *   (properties: farhand.v1.Reject.$Shape): farhand.v1.Reject & farhand.v1.Reject.$Shape;
             *   (properties?: farhand.v1.Reject.$Properties): farhand.v1.Reject;
             * }}
             */
            Reject.create = function(properties) {
                return new Reject(properties);
            };

            /**
             * Encodes the specified Reject message. Does not implicitly {@link farhand.v1.Reject.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.Reject
             * @static
             * @param {farhand.v1.Reject.$Properties} message Reject message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reject.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Reject message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.Reject
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.Reject & farhand.v1.Reject.$Shape} Reject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reject.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.Reject();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Reject message.
             * @function verify
             * @memberof farhand.v1.Reject
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Reject.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (typeof message.code !== "number" || (message.code | 0) !== message.code)
                        return "code: enum value expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a Reject message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.Reject
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.Reject} Reject
             */
            Reject.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.Reject)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.Reject: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.Reject();
                if (object.code !== 0 && (typeof object.code !== "string" || $root.farhand.v1.RejectCode[object.code] !== 0))
                    switch (object.code) {
                    case "REJECT_UNSPECIFIED":
                    case 0:
                        message.code = 0;
                        break;
                    case "BAD_TOKEN":
                    case 1:
                        message.code = 1;
                        break;
                    case "VERSION_MISMATCH":
                    case 2:
                        message.code = 2;
                        break;
                    case "BAD_HELLO":
                    case 3:
                        message.code = 3;
                        break;
                    case "HANDSHAKE_TIMEOUT":
                    case 4:
                        message.code = 4;
                        break;
                    case "TOO_MANY_CLIENTS":
                    case 5:
                        message.code = 5;
                        break;
                    case "SHUTTING_DOWN":
                    case 6:
                        message.code = 6;
                        break;
                    default:
                        if (typeof object.code === "number" && (object.code | 0) === object.code)
                            message.code = object.code;
                    }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a Reject message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.Reject
             * @static
             * @param {farhand.v1.Reject} message Reject
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Reject.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = options.enums === $String ? "REJECT_UNSPECIFIED" : 0;
                    object.reason = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = options.enums === $String ? $root.farhand.v1.RejectCode[message.code] === $undefined ? message.code : $root.farhand.v1.RejectCode[message.code] : message.code;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this Reject to JSON.
             * @function toJSON
             * @memberof farhand.v1.Reject
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Reject.prototype.toJSON = function() {
                return Reject.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Reject;
        })();

        v1.Vector3 = (function() {

            /**
             * Properties of a Vector3.
             * @typedef {Object} farhand.v1.Vector3.$Properties
             * @property {number|null} [x] Vector3 x
             * @property {number|null} [y] Vector3 y
             * @property {number|null} [z] Vector3 z
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Vector3.
             * @memberof farhand.v1
             * @interface IVector3
             * @augments farhand.v1.Vector3.$Properties
             * @deprecated Use farhand.v1.Vector3.$Properties instead.
             */

            /**
             * Shape of a Vector3.
             * @typedef {farhand.v1.Vector3.$Properties} farhand.v1.Vector3.$Shape
             */

            /**
             * Constructs a new Vector3.
             * @memberof farhand.v1
             * @classdesc Represents a Vector3.
             * @constructor
             * @param {farhand.v1.Vector3.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Vector3 = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Vector3 x.
             * @member {number} x
             * @memberof farhand.v1.Vector3
             * @instance
             */
            Vector3.prototype.x = 0;

            /**
             * Vector3 y.
             * @member {number} y
             * @memberof farhand.v1.Vector3
             * @instance
             */
            Vector3.prototype.y = 0;

            /**
             * Vector3 z.
             * @member {number} z
             * @memberof farhand.v1.Vector3
             * @instance
             */
            Vector3.prototype.z = 0;

            /**
             * Creates a new Vector3 instance using the specified properties.
             * @function create
             * @memberof farhand.v1.Vector3
             * @static
             * @param {farhand.v1.Vector3.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.Vector3} Vector3 instance
             * @type {{
             *   (properties: farhand.v1.Vector3.$Shape): farhand.v1.Vector3 & farhand.v1.Vector3.$Shape;
             *   (properties?: farhand.v1.Vector3.$Properties): farhand.v1.Vector3;
             * }}
             */
            Vector3.create = function(properties) {
                return new Vector3(properties);
            };

            /**
             * Encodes the specified Vector3 message. Does not implicitly {@link farhand.v1.Vector3.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.Vector3
             * @static
             * @param {farhand.v1.Vector3.$Properties} message Vector3 message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Vector3.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.x != null && $Object.hasOwnProperty.call(message, "x") && !$Object.is(message.x, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.x);
                if (message.y != null && $Object.hasOwnProperty.call(message, "y") && !$Object.is(message.y, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.y);
                if (message.z != null && $Object.hasOwnProperty.call(message, "z") && !$Object.is(message.z, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.z);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Vector3 message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.Vector3
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.Vector3 & farhand.v1.Vector3.$Shape} Vector3
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Vector3.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.Vector3();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.x = value;
                            else
                                delete message.x;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.y = value;
                            else
                                delete message.y;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.z = value;
                            else
                                delete message.z;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Vector3 message.
             * @function verify
             * @memberof farhand.v1.Vector3
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Vector3.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    if (typeof message.x !== "number")
                        return "x: number expected";
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    if (typeof message.y !== "number")
                        return "y: number expected";
                if (message.z != null && $Object.hasOwnProperty.call(message, "z"))
                    if (typeof message.z !== "number")
                        return "z: number expected";
                return null;
            };

            /**
             * Creates a Vector3 message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.Vector3
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.Vector3} Vector3
             */
            Vector3.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.Vector3)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.Vector3: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.Vector3();
                if (object.x != null)
                    if (!$Object.is($Number(object.x), 0))
                        message.x = $Number(object.x);
                if (object.y != null)
                    if (!$Object.is($Number(object.y), 0))
                        message.y = $Number(object.y);
                if (object.z != null)
                    if (!$Object.is($Number(object.z), 0))
                        message.z = $Number(object.z);
                return message;
            };

            /**
             * Creates a plain object from a Vector3 message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.Vector3
             * @static
             * @param {farhand.v1.Vector3} message Vector3
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Vector3.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.x = 0;
                    object.y = 0;
                    object.z = 0;
                }
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    object.x = options.json && !$isFinite(message.x) ? $String(message.x) : message.x;
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    object.y = options.json && !$isFinite(message.y) ? $String(message.y) : message.y;
                if (message.z != null && $Object.hasOwnProperty.call(message, "z"))
                    object.z = options.json && !$isFinite(message.z) ? $String(message.z) : message.z;
                return object;
            };

            /**
             * Converts this Vector3 to JSON.
             * @function toJSON
             * @memberof farhand.v1.Vector3
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Vector3.prototype.toJSON = function() {
                return Vector3.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Vector3;
        })();

        v1.Quaternion = (function() {

            /**
             * Properties of a Quaternion.
             * @typedef {Object} farhand.v1.Quaternion.$Properties
             * @property {number|null} [x] Quaternion x
             * @property {number|null} [y] Quaternion y
             * @property {number|null} [z] Quaternion z
             * @property {number|null} [w] Quaternion w
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Quaternion.
             * @memberof farhand.v1
             * @interface IQuaternion
             * @augments farhand.v1.Quaternion.$Properties
             * @deprecated Use farhand.v1.Quaternion.$Properties instead.
             */

            /**
             * Shape of a Quaternion.
             * @typedef {farhand.v1.Quaternion.$Properties} farhand.v1.Quaternion.$Shape
             */

            /**
             * Constructs a new Quaternion.
             * @memberof farhand.v1
             * @classdesc Unit quaternion, Hamilton convention, (x, y, z, w).
             * @constructor
             * @param {farhand.v1.Quaternion.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Quaternion = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Quaternion x.
             * @member {number} x
             * @memberof farhand.v1.Quaternion
             * @instance
             */
            Quaternion.prototype.x = 0;

            /**
             * Quaternion y.
             * @member {number} y
             * @memberof farhand.v1.Quaternion
             * @instance
             */
            Quaternion.prototype.y = 0;

            /**
             * Quaternion z.
             * @member {number} z
             * @memberof farhand.v1.Quaternion
             * @instance
             */
            Quaternion.prototype.z = 0;

            /**
             * Quaternion w.
             * @member {number} w
             * @memberof farhand.v1.Quaternion
             * @instance
             */
            Quaternion.prototype.w = 0;

            /**
             * Creates a new Quaternion instance using the specified properties.
             * @function create
             * @memberof farhand.v1.Quaternion
             * @static
             * @param {farhand.v1.Quaternion.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.Quaternion} Quaternion instance
             * @type {{
             *   (properties: farhand.v1.Quaternion.$Shape): farhand.v1.Quaternion & farhand.v1.Quaternion.$Shape;
             *   (properties?: farhand.v1.Quaternion.$Properties): farhand.v1.Quaternion;
             * }}
             */
            Quaternion.create = function(properties) {
                return new Quaternion(properties);
            };

            /**
             * Encodes the specified Quaternion message. Does not implicitly {@link farhand.v1.Quaternion.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.Quaternion
             * @static
             * @param {farhand.v1.Quaternion.$Properties} message Quaternion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Quaternion.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.x != null && $Object.hasOwnProperty.call(message, "x") && !$Object.is(message.x, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.x);
                if (message.y != null && $Object.hasOwnProperty.call(message, "y") && !$Object.is(message.y, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.y);
                if (message.z != null && $Object.hasOwnProperty.call(message, "z") && !$Object.is(message.z, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.z);
                if (message.w != null && $Object.hasOwnProperty.call(message, "w") && !$Object.is(message.w, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.w);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Quaternion message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.Quaternion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.Quaternion & farhand.v1.Quaternion.$Shape} Quaternion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Quaternion.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.Quaternion();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.x = value;
                            else
                                delete message.x;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.y = value;
                            else
                                delete message.y;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.z = value;
                            else
                                delete message.z;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.w = value;
                            else
                                delete message.w;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Quaternion message.
             * @function verify
             * @memberof farhand.v1.Quaternion
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Quaternion.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    if (typeof message.x !== "number")
                        return "x: number expected";
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    if (typeof message.y !== "number")
                        return "y: number expected";
                if (message.z != null && $Object.hasOwnProperty.call(message, "z"))
                    if (typeof message.z !== "number")
                        return "z: number expected";
                if (message.w != null && $Object.hasOwnProperty.call(message, "w"))
                    if (typeof message.w !== "number")
                        return "w: number expected";
                return null;
            };

            /**
             * Creates a Quaternion message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.Quaternion
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.Quaternion} Quaternion
             */
            Quaternion.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.Quaternion)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.Quaternion: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.Quaternion();
                if (object.x != null)
                    if (!$Object.is($Number(object.x), 0))
                        message.x = $Number(object.x);
                if (object.y != null)
                    if (!$Object.is($Number(object.y), 0))
                        message.y = $Number(object.y);
                if (object.z != null)
                    if (!$Object.is($Number(object.z), 0))
                        message.z = $Number(object.z);
                if (object.w != null)
                    if (!$Object.is($Number(object.w), 0))
                        message.w = $Number(object.w);
                return message;
            };

            /**
             * Creates a plain object from a Quaternion message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.Quaternion
             * @static
             * @param {farhand.v1.Quaternion} message Quaternion
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Quaternion.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.x = 0;
                    object.y = 0;
                    object.z = 0;
                    object.w = 0;
                }
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    object.x = options.json && !$isFinite(message.x) ? $String(message.x) : message.x;
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    object.y = options.json && !$isFinite(message.y) ? $String(message.y) : message.y;
                if (message.z != null && $Object.hasOwnProperty.call(message, "z"))
                    object.z = options.json && !$isFinite(message.z) ? $String(message.z) : message.z;
                if (message.w != null && $Object.hasOwnProperty.call(message, "w"))
                    object.w = options.json && !$isFinite(message.w) ? $String(message.w) : message.w;
                return object;
            };

            /**
             * Converts this Quaternion to JSON.
             * @function toJSON
             * @memberof farhand.v1.Quaternion
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Quaternion.prototype.toJSON = function() {
                return Quaternion.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Quaternion;
        })();

        v1.Pose = (function() {

            /**
             * Properties of a Pose.
             * @typedef {Object} farhand.v1.Pose.$Properties
             * @property {farhand.v1.Vector3.$Properties|null} [position] m
             * @property {farhand.v1.Quaternion.$Properties|null} [orientation] Pose orientation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Pose.
             * @memberof farhand.v1
             * @interface IPose
             * @augments farhand.v1.Pose.$Properties
             * @deprecated Use farhand.v1.Pose.$Properties instead.
             */

            /**
             * Shape of a Pose.
             * @typedef {farhand.v1.Pose.$Properties} farhand.v1.Pose.$Shape
             */

            /**
             * Constructs a new Pose.
             * @memberof farhand.v1
             * @classdesc A Cartesian pose (CRTK "cp"): position in metres, orientation as a unit quaternion.
             * @constructor
             * @param {farhand.v1.Pose.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Pose = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * m
             * @member {farhand.v1.Vector3.$Properties|null|undefined} position
             * @memberof farhand.v1.Pose
             * @instance
             */
            Pose.prototype.position = null;

            /**
             * Pose orientation.
             * @member {farhand.v1.Quaternion.$Properties|null|undefined} orientation
             * @memberof farhand.v1.Pose
             * @instance
             */
            Pose.prototype.orientation = null;

            /**
             * Creates a new Pose instance using the specified properties.
             * @function create
             * @memberof farhand.v1.Pose
             * @static
             * @param {farhand.v1.Pose.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.Pose} Pose instance
             * @type {{
             *   (properties: farhand.v1.Pose.$Shape): farhand.v1.Pose & farhand.v1.Pose.$Shape;
             *   (properties?: farhand.v1.Pose.$Properties): farhand.v1.Pose;
             * }}
             */
            Pose.create = function(properties) {
                return new Pose(properties);
            };

            /**
             * Encodes the specified Pose message. Does not implicitly {@link farhand.v1.Pose.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.Pose
             * @static
             * @param {farhand.v1.Pose.$Properties} message Pose message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Pose.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    $root.farhand.v1.Vector3.encode(message.position, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.orientation != null && $Object.hasOwnProperty.call(message, "orientation"))
                    $root.farhand.v1.Quaternion.encode(message.orientation, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Pose message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.Pose
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.Pose & farhand.v1.Pose.$Shape} Pose
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Pose.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.Pose();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.position = $root.farhand.v1.Vector3.decode(reader, reader.size(), $undefined, _depth + 1, message.position);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.orientation = $root.farhand.v1.Quaternion.decode(reader, reader.size(), $undefined, _depth + 1, message.orientation);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Pose message.
             * @function verify
             * @memberof farhand.v1.Pose
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Pose.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.position != null && $Object.hasOwnProperty.call(message, "position")) {
                    let error = $root.farhand.v1.Vector3.verify(message.position, _depth + 1);
                    if (error)
                        return "position." + error;
                }
                if (message.orientation != null && $Object.hasOwnProperty.call(message, "orientation")) {
                    let error = $root.farhand.v1.Quaternion.verify(message.orientation, _depth + 1);
                    if (error)
                        return "orientation." + error;
                }
                return null;
            };

            /**
             * Creates a Pose message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.Pose
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.Pose} Pose
             */
            Pose.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.Pose)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.Pose: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.Pose();
                if (object.position != null) {
                    if (!$util.isObject(object.position))
                        throw $TypeError(".farhand.v1.Pose.position: object expected");
                    message.position = $root.farhand.v1.Vector3.fromObject(object.position, _depth + 1);
                }
                if (object.orientation != null) {
                    if (!$util.isObject(object.orientation))
                        throw $TypeError(".farhand.v1.Pose.orientation: object expected");
                    message.orientation = $root.farhand.v1.Quaternion.fromObject(object.orientation, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Pose message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.Pose
             * @static
             * @param {farhand.v1.Pose} message Pose
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Pose.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.position = null;
                    object.orientation = null;
                }
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    object.position = $root.farhand.v1.Vector3.toObject(message.position, options, _depth + 1);
                if (message.orientation != null && $Object.hasOwnProperty.call(message, "orientation"))
                    object.orientation = $root.farhand.v1.Quaternion.toObject(message.orientation, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Pose to JSON.
             * @function toJSON
             * @memberof farhand.v1.Pose
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Pose.prototype.toJSON = function() {
                return Pose.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Pose;
        })();

        v1.Vector3f = (function() {

            /**
             * Properties of a Vector3f.
             * @typedef {Object} farhand.v1.Vector3f.$Properties
             * @property {number|null} [x] Vector3f x
             * @property {number|null} [y] Vector3f y
             * @property {number|null} [z] Vector3f z
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Vector3f.
             * @memberof farhand.v1
             * @interface IVector3f
             * @augments farhand.v1.Vector3f.$Properties
             * @deprecated Use farhand.v1.Vector3f.$Properties instead.
             */

            /**
             * Shape of a Vector3f.
             * @typedef {farhand.v1.Vector3f.$Properties} farhand.v1.Vector3f.$Shape
             */

            /**
             * Constructs a new Vector3f.
             * @memberof farhand.v1
             * @classdesc Compact forms for the hot path: float32 is ~60 nm at 0.5 m, far below a hand's resolution.
             * @constructor
             * @param {farhand.v1.Vector3f.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Vector3f = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Vector3f x.
             * @member {number} x
             * @memberof farhand.v1.Vector3f
             * @instance
             */
            Vector3f.prototype.x = 0;

            /**
             * Vector3f y.
             * @member {number} y
             * @memberof farhand.v1.Vector3f
             * @instance
             */
            Vector3f.prototype.y = 0;

            /**
             * Vector3f z.
             * @member {number} z
             * @memberof farhand.v1.Vector3f
             * @instance
             */
            Vector3f.prototype.z = 0;

            /**
             * Creates a new Vector3f instance using the specified properties.
             * @function create
             * @memberof farhand.v1.Vector3f
             * @static
             * @param {farhand.v1.Vector3f.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.Vector3f} Vector3f instance
             * @type {{
             *   (properties: farhand.v1.Vector3f.$Shape): farhand.v1.Vector3f & farhand.v1.Vector3f.$Shape;
             *   (properties?: farhand.v1.Vector3f.$Properties): farhand.v1.Vector3f;
             * }}
             */
            Vector3f.create = function(properties) {
                return new Vector3f(properties);
            };

            /**
             * Encodes the specified Vector3f message. Does not implicitly {@link farhand.v1.Vector3f.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.Vector3f
             * @static
             * @param {farhand.v1.Vector3f.$Properties} message Vector3f message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Vector3f.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.x != null && $Object.hasOwnProperty.call(message, "x") && !$Object.is(message.x, 0))
                    writer.uint32(/* id 1, wireType 5 =*/13).float(message.x);
                if (message.y != null && $Object.hasOwnProperty.call(message, "y") && !$Object.is(message.y, 0))
                    writer.uint32(/* id 2, wireType 5 =*/21).float(message.y);
                if (message.z != null && $Object.hasOwnProperty.call(message, "z") && !$Object.is(message.z, 0))
                    writer.uint32(/* id 3, wireType 5 =*/29).float(message.z);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Vector3f message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.Vector3f
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.Vector3f & farhand.v1.Vector3f.$Shape} Vector3f
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Vector3f.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.Vector3f();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.x = value;
                            else
                                delete message.x;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.y = value;
                            else
                                delete message.y;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.z = value;
                            else
                                delete message.z;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Vector3f message.
             * @function verify
             * @memberof farhand.v1.Vector3f
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Vector3f.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    if (typeof message.x !== "number")
                        return "x: number expected";
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    if (typeof message.y !== "number")
                        return "y: number expected";
                if (message.z != null && $Object.hasOwnProperty.call(message, "z"))
                    if (typeof message.z !== "number")
                        return "z: number expected";
                return null;
            };

            /**
             * Creates a Vector3f message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.Vector3f
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.Vector3f} Vector3f
             */
            Vector3f.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.Vector3f)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.Vector3f: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.Vector3f();
                if (object.x != null)
                    if (!$Object.is($Number(object.x), 0))
                        message.x = $Number(object.x);
                if (object.y != null)
                    if (!$Object.is($Number(object.y), 0))
                        message.y = $Number(object.y);
                if (object.z != null)
                    if (!$Object.is($Number(object.z), 0))
                        message.z = $Number(object.z);
                return message;
            };

            /**
             * Creates a plain object from a Vector3f message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.Vector3f
             * @static
             * @param {farhand.v1.Vector3f} message Vector3f
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Vector3f.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.x = 0;
                    object.y = 0;
                    object.z = 0;
                }
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    object.x = options.json && !$isFinite(message.x) ? $String(message.x) : message.x;
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    object.y = options.json && !$isFinite(message.y) ? $String(message.y) : message.y;
                if (message.z != null && $Object.hasOwnProperty.call(message, "z"))
                    object.z = options.json && !$isFinite(message.z) ? $String(message.z) : message.z;
                return object;
            };

            /**
             * Converts this Vector3f to JSON.
             * @function toJSON
             * @memberof farhand.v1.Vector3f
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Vector3f.prototype.toJSON = function() {
                return Vector3f.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Vector3f;
        })();

        v1.Quaternionf = (function() {

            /**
             * Properties of a Quaternionf.
             * @typedef {Object} farhand.v1.Quaternionf.$Properties
             * @property {number|null} [x] Quaternionf x
             * @property {number|null} [y] Quaternionf y
             * @property {number|null} [z] Quaternionf z
             * @property {number|null} [w] Quaternionf w
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Quaternionf.
             * @memberof farhand.v1
             * @interface IQuaternionf
             * @augments farhand.v1.Quaternionf.$Properties
             * @deprecated Use farhand.v1.Quaternionf.$Properties instead.
             */

            /**
             * Shape of a Quaternionf.
             * @typedef {farhand.v1.Quaternionf.$Properties} farhand.v1.Quaternionf.$Shape
             */

            /**
             * Constructs a new Quaternionf.
             * @memberof farhand.v1
             * @classdesc Represents a Quaternionf.
             * @constructor
             * @param {farhand.v1.Quaternionf.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Quaternionf = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Quaternionf x.
             * @member {number} x
             * @memberof farhand.v1.Quaternionf
             * @instance
             */
            Quaternionf.prototype.x = 0;

            /**
             * Quaternionf y.
             * @member {number} y
             * @memberof farhand.v1.Quaternionf
             * @instance
             */
            Quaternionf.prototype.y = 0;

            /**
             * Quaternionf z.
             * @member {number} z
             * @memberof farhand.v1.Quaternionf
             * @instance
             */
            Quaternionf.prototype.z = 0;

            /**
             * Quaternionf w.
             * @member {number} w
             * @memberof farhand.v1.Quaternionf
             * @instance
             */
            Quaternionf.prototype.w = 0;

            /**
             * Creates a new Quaternionf instance using the specified properties.
             * @function create
             * @memberof farhand.v1.Quaternionf
             * @static
             * @param {farhand.v1.Quaternionf.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.Quaternionf} Quaternionf instance
             * @type {{
             *   (properties: farhand.v1.Quaternionf.$Shape): farhand.v1.Quaternionf & farhand.v1.Quaternionf.$Shape;
             *   (properties?: farhand.v1.Quaternionf.$Properties): farhand.v1.Quaternionf;
             * }}
             */
            Quaternionf.create = function(properties) {
                return new Quaternionf(properties);
            };

            /**
             * Encodes the specified Quaternionf message. Does not implicitly {@link farhand.v1.Quaternionf.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.Quaternionf
             * @static
             * @param {farhand.v1.Quaternionf.$Properties} message Quaternionf message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Quaternionf.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.x != null && $Object.hasOwnProperty.call(message, "x") && !$Object.is(message.x, 0))
                    writer.uint32(/* id 1, wireType 5 =*/13).float(message.x);
                if (message.y != null && $Object.hasOwnProperty.call(message, "y") && !$Object.is(message.y, 0))
                    writer.uint32(/* id 2, wireType 5 =*/21).float(message.y);
                if (message.z != null && $Object.hasOwnProperty.call(message, "z") && !$Object.is(message.z, 0))
                    writer.uint32(/* id 3, wireType 5 =*/29).float(message.z);
                if (message.w != null && $Object.hasOwnProperty.call(message, "w") && !$Object.is(message.w, 0))
                    writer.uint32(/* id 4, wireType 5 =*/37).float(message.w);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Quaternionf message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.Quaternionf
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.Quaternionf & farhand.v1.Quaternionf.$Shape} Quaternionf
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Quaternionf.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.Quaternionf();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.x = value;
                            else
                                delete message.x;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.y = value;
                            else
                                delete message.y;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.z = value;
                            else
                                delete message.z;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.w = value;
                            else
                                delete message.w;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Quaternionf message.
             * @function verify
             * @memberof farhand.v1.Quaternionf
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Quaternionf.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    if (typeof message.x !== "number")
                        return "x: number expected";
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    if (typeof message.y !== "number")
                        return "y: number expected";
                if (message.z != null && $Object.hasOwnProperty.call(message, "z"))
                    if (typeof message.z !== "number")
                        return "z: number expected";
                if (message.w != null && $Object.hasOwnProperty.call(message, "w"))
                    if (typeof message.w !== "number")
                        return "w: number expected";
                return null;
            };

            /**
             * Creates a Quaternionf message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.Quaternionf
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.Quaternionf} Quaternionf
             */
            Quaternionf.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.Quaternionf)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.Quaternionf: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.Quaternionf();
                if (object.x != null)
                    if (!$Object.is($Number(object.x), 0))
                        message.x = $Number(object.x);
                if (object.y != null)
                    if (!$Object.is($Number(object.y), 0))
                        message.y = $Number(object.y);
                if (object.z != null)
                    if (!$Object.is($Number(object.z), 0))
                        message.z = $Number(object.z);
                if (object.w != null)
                    if (!$Object.is($Number(object.w), 0))
                        message.w = $Number(object.w);
                return message;
            };

            /**
             * Creates a plain object from a Quaternionf message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.Quaternionf
             * @static
             * @param {farhand.v1.Quaternionf} message Quaternionf
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Quaternionf.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.x = 0;
                    object.y = 0;
                    object.z = 0;
                    object.w = 0;
                }
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    object.x = options.json && !$isFinite(message.x) ? $String(message.x) : message.x;
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    object.y = options.json && !$isFinite(message.y) ? $String(message.y) : message.y;
                if (message.z != null && $Object.hasOwnProperty.call(message, "z"))
                    object.z = options.json && !$isFinite(message.z) ? $String(message.z) : message.z;
                if (message.w != null && $Object.hasOwnProperty.call(message, "w"))
                    object.w = options.json && !$isFinite(message.w) ? $String(message.w) : message.w;
                return object;
            };

            /**
             * Converts this Quaternionf to JSON.
             * @function toJSON
             * @memberof farhand.v1.Quaternionf
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Quaternionf.prototype.toJSON = function() {
                return Quaternionf.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Quaternionf;
        })();

        v1.MotionFrame = (function() {

            /**
             * Properties of a MotionFrame.
             * @typedef {Object} farhand.v1.MotionFrame.$Properties
             * @property {number|null} [arm_id] which arm (Welcome.arm_ids; the first arm is 0)
             * @property {number|null} [seq] strictly increasing per sender; duplicates and stale ones are dropped
             * @property {number|null} [capture_time_ns] when the pose was sampled, sender's monotonic clock, ns
             * @property {farhand.v1.Vector3f.$Properties|null} [position] master (hand) position, m, in the console's frame
             * @property {farhand.v1.Quaternionf.$Properties|null} [orientation] master orientation, unit quaternion (x, y, z, w); |q| within 1e-3 of 1
             * @property {number|null} [grip] 0 = open .. 1 = closed
             * @property {boolean|null} [clutch] true while the clutch is pressed: the tool holds, the hand may move
             * @property {boolean|null} [operator_present] dead-man: true only while the surgeon actively holds the control
             * @property {Array.<farhand.v1.Hand.$Properties>|null} [hands] Protocol 1.1: both hands in one frame (a two-handed console). When `hands` is non-empty, the
             * single-hand fields arm_id, position, orientation, grip and clutch must be unset (a frame that sets
             * both is refused); seq, capture_time_ns and operator_present stay frame-wide. One frame carries both
             * hands so that a lost datagram loses both consistently and the camera mode sees both hands sampled at
             * the same instant; each hand names the instrument it drives. At most one hand per arm.
             * @property {boolean|null} [camera] camera pedal held: both instruments hold, the hands move the camera arm (ECM)
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MotionFrame.
             * @memberof farhand.v1
             * @interface IMotionFrame
             * @augments farhand.v1.MotionFrame.$Properties
             * @deprecated Use farhand.v1.MotionFrame.$Properties instead.
             */

            /**
             * Shape of a MotionFrame.
             * @typedef {farhand.v1.MotionFrame.$Properties} farhand.v1.MotionFrame.$Shape
             */

            /**
             * Constructs a new MotionFrame.
             * @memberof farhand.v1
             * @classdesc Represents a MotionFrame.
             * @constructor
             * @param {farhand.v1.MotionFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MotionFrame = function (properties) {
                this.hands = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * which arm (Welcome.arm_ids; the first arm is 0)
             * @member {number} arm_id
             * @memberof farhand.v1.MotionFrame
             * @instance
             */
            MotionFrame.prototype.arm_id = 0;

            /**
             * strictly increasing per sender; duplicates and stale ones are dropped
             * @member {number} seq
             * @memberof farhand.v1.MotionFrame
             * @instance
             */
            MotionFrame.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * when the pose was sampled, sender's monotonic clock, ns
             * @member {number} capture_time_ns
             * @memberof farhand.v1.MotionFrame
             * @instance
             */
            MotionFrame.prototype.capture_time_ns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * master (hand) position, m, in the console's frame
             * @member {farhand.v1.Vector3f.$Properties|null|undefined} position
             * @memberof farhand.v1.MotionFrame
             * @instance
             */
            MotionFrame.prototype.position = null;

            /**
             * master orientation, unit quaternion (x, y, z, w); |q| within 1e-3 of 1
             * @member {farhand.v1.Quaternionf.$Properties|null|undefined} orientation
             * @memberof farhand.v1.MotionFrame
             * @instance
             */
            MotionFrame.prototype.orientation = null;

            /**
             * 0 = open .. 1 = closed
             * @member {number} grip
             * @memberof farhand.v1.MotionFrame
             * @instance
             */
            MotionFrame.prototype.grip = 0;

            /**
             * true while the clutch is pressed: the tool holds, the hand may move
             * @member {boolean} clutch
             * @memberof farhand.v1.MotionFrame
             * @instance
             */
            MotionFrame.prototype.clutch = false;

            /**
             * dead-man: true only while the surgeon actively holds the control
             * @member {boolean} operator_present
             * @memberof farhand.v1.MotionFrame
             * @instance
             */
            MotionFrame.prototype.operator_present = false;

            /**
             * Protocol 1.1: both hands in one frame (a two-handed console). When `hands` is non-empty, the
             * single-hand fields arm_id, position, orientation, grip and clutch must be unset (a frame that sets
             * both is refused); seq, capture_time_ns and operator_present stay frame-wide. One frame carries both
             * hands so that a lost datagram loses both consistently and the camera mode sees both hands sampled at
             * the same instant; each hand names the instrument it drives. At most one hand per arm.
             * @member {Array.<farhand.v1.Hand.$Properties>} hands
             * @memberof farhand.v1.MotionFrame
             * @instance
             */
            MotionFrame.prototype.hands = $util.emptyArray;

            /**
             * camera pedal held: both instruments hold, the hands move the camera arm (ECM)
             * @member {boolean} camera
             * @memberof farhand.v1.MotionFrame
             * @instance
             */
            MotionFrame.prototype.camera = false;

            /**
             * Creates a new MotionFrame instance using the specified properties.
             * @function create
             * @memberof farhand.v1.MotionFrame
             * @static
             * @param {farhand.v1.MotionFrame.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.MotionFrame} MotionFrame instance
             * @type {{
             *   (properties: farhand.v1.MotionFrame.$Shape): farhand.v1.MotionFrame & farhand.v1.MotionFrame.$Shape;
             *   (properties?: farhand.v1.MotionFrame.$Properties): farhand.v1.MotionFrame;
             * }}
             */
            MotionFrame.create = function(properties) {
                return new MotionFrame(properties);
            };

            /**
             * Encodes the specified MotionFrame message. Does not implicitly {@link farhand.v1.MotionFrame.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.MotionFrame
             * @static
             * @param {farhand.v1.MotionFrame.$Properties} message MotionFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MotionFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id") && message.arm_id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.arm_id);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.capture_time_ns != null && $Object.hasOwnProperty.call(message, "capture_time_ns") && (typeof message.capture_time_ns === "object" ? message.capture_time_ns.low || message.capture_time_ns.high : message.capture_time_ns !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.capture_time_ns);
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    $root.farhand.v1.Vector3f.encode(message.position, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.orientation != null && $Object.hasOwnProperty.call(message, "orientation"))
                    $root.farhand.v1.Quaternionf.encode(message.orientation, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.grip != null && $Object.hasOwnProperty.call(message, "grip") && !$Object.is(message.grip, 0))
                    writer.uint32(/* id 6, wireType 5 =*/53).float(message.grip);
                if (message.clutch != null && $Object.hasOwnProperty.call(message, "clutch") && message.clutch !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.clutch);
                if (message.operator_present != null && $Object.hasOwnProperty.call(message, "operator_present") && message.operator_present !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.operator_present);
                if (message.hands != null && message.hands.length)
                    for (let i = 0; i < message.hands.length; ++i)
                        $root.farhand.v1.Hand.encode(message.hands[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.camera != null && $Object.hasOwnProperty.call(message, "camera") && message.camera !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.camera);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MotionFrame message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.MotionFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.MotionFrame & farhand.v1.MotionFrame.$Shape} MotionFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MotionFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.MotionFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.arm_id = value;
                            else
                                delete message.arm_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.capture_time_ns = value;
                            else
                                delete message.capture_time_ns;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.position = $root.farhand.v1.Vector3f.decode(reader, reader.size(), $undefined, _depth + 1, message.position);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.orientation = $root.farhand.v1.Quaternionf.decode(reader, reader.size(), $undefined, _depth + 1, message.orientation);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.grip = value;
                            else
                                delete message.grip;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.clutch = value;
                            else
                                delete message.clutch;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.operator_present = value;
                            else
                                delete message.operator_present;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.hands && message.hands.length))
                                message.hands = [];
                            message.hands.push($root.farhand.v1.Hand.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.camera = value;
                            else
                                delete message.camera;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a MotionFrame message.
             * @function verify
             * @memberof farhand.v1.MotionFrame
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MotionFrame.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id"))
                    if (!$util.isInteger(message.arm_id))
                        return "arm_id: integer expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.capture_time_ns != null && $Object.hasOwnProperty.call(message, "capture_time_ns"))
                    if (!$util.isInteger(message.capture_time_ns) && !(message.capture_time_ns && $util.isInteger(message.capture_time_ns.low) && $util.isInteger(message.capture_time_ns.high)))
                        return "capture_time_ns: integer|Long expected";
                if (message.position != null && $Object.hasOwnProperty.call(message, "position")) {
                    let error = $root.farhand.v1.Vector3f.verify(message.position, _depth + 1);
                    if (error)
                        return "position." + error;
                }
                if (message.orientation != null && $Object.hasOwnProperty.call(message, "orientation")) {
                    let error = $root.farhand.v1.Quaternionf.verify(message.orientation, _depth + 1);
                    if (error)
                        return "orientation." + error;
                }
                if (message.grip != null && $Object.hasOwnProperty.call(message, "grip"))
                    if (typeof message.grip !== "number")
                        return "grip: number expected";
                if (message.clutch != null && $Object.hasOwnProperty.call(message, "clutch"))
                    if (typeof message.clutch !== "boolean")
                        return "clutch: boolean expected";
                if (message.operator_present != null && $Object.hasOwnProperty.call(message, "operator_present"))
                    if (typeof message.operator_present !== "boolean")
                        return "operator_present: boolean expected";
                if (message.hands != null && $Object.hasOwnProperty.call(message, "hands")) {
                    if (!$Array.isArray(message.hands))
                        return "hands: array expected";
                    for (let i = 0; i < message.hands.length; ++i) {
                        let error = $root.farhand.v1.Hand.verify(message.hands[i], _depth + 1);
                        if (error)
                            return "hands." + error;
                    }
                }
                if (message.camera != null && $Object.hasOwnProperty.call(message, "camera"))
                    if (typeof message.camera !== "boolean")
                        return "camera: boolean expected";
                return null;
            };

            /**
             * Creates a MotionFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.MotionFrame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.MotionFrame} MotionFrame
             */
            MotionFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.MotionFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.MotionFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.MotionFrame();
                if (object.arm_id != null)
                    if ($Number(object.arm_id) !== 0)
                        message.arm_id = object.arm_id >>> 0;
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.capture_time_ns != null)
                    if (typeof object.capture_time_ns === "object" ? object.capture_time_ns.low || object.capture_time_ns.high : $Number(object.capture_time_ns) !== 0)
                        if ($util.Long)
                            message.capture_time_ns = $util.Long.fromValue(object.capture_time_ns, true);
                        else if (typeof object.capture_time_ns === "string")
                            message.capture_time_ns = $parseInt(object.capture_time_ns, 10);
                        else if (typeof object.capture_time_ns === "number")
                            message.capture_time_ns = object.capture_time_ns;
                        else if (typeof object.capture_time_ns === "object")
                            message.capture_time_ns = new $util.LongBits(object.capture_time_ns.low >>> 0, object.capture_time_ns.high >>> 0).toNumber(true);
                if (object.position != null) {
                    if (!$util.isObject(object.position))
                        throw $TypeError(".farhand.v1.MotionFrame.position: object expected");
                    message.position = $root.farhand.v1.Vector3f.fromObject(object.position, _depth + 1);
                }
                if (object.orientation != null) {
                    if (!$util.isObject(object.orientation))
                        throw $TypeError(".farhand.v1.MotionFrame.orientation: object expected");
                    message.orientation = $root.farhand.v1.Quaternionf.fromObject(object.orientation, _depth + 1);
                }
                if (object.grip != null)
                    if (!$Object.is($Number(object.grip), 0))
                        message.grip = $Number(object.grip);
                if (object.clutch != null)
                    if (object.clutch)
                        message.clutch = $Boolean(object.clutch);
                if (object.operator_present != null)
                    if (object.operator_present)
                        message.operator_present = $Boolean(object.operator_present);
                if (object.hands) {
                    if (!$Array.isArray(object.hands))
                        throw $TypeError(".farhand.v1.MotionFrame.hands: array expected");
                    message.hands = $Array(object.hands.length);
                    for (let i = 0; i < object.hands.length; ++i) {
                        if (!$util.isObject(object.hands[i]))
                            throw $TypeError(".farhand.v1.MotionFrame.hands: object expected");
                        message.hands[i] = $root.farhand.v1.Hand.fromObject(object.hands[i], _depth + 1);
                    }
                }
                if (object.camera != null)
                    if (object.camera)
                        message.camera = $Boolean(object.camera);
                return message;
            };

            /**
             * Creates a plain object from a MotionFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.MotionFrame
             * @static
             * @param {farhand.v1.MotionFrame} message MotionFrame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MotionFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.hands = [];
                if (options.defaults) {
                    object.arm_id = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.capture_time_ns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.capture_time_ns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.position = null;
                    object.orientation = null;
                    object.grip = 0;
                    object.clutch = false;
                    object.operator_present = false;
                    object.camera = false;
                }
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id"))
                    object.arm_id = message.arm_id;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.capture_time_ns != null && $Object.hasOwnProperty.call(message, "capture_time_ns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.capture_time_ns = typeof message.capture_time_ns === "number" ? $BigInt(message.capture_time_ns) : $util.Long.fromBits(message.capture_time_ns.low >>> 0, message.capture_time_ns.high >>> 0, true).toBigInt();
                    else if (typeof message.capture_time_ns === "number")
                        object.capture_time_ns = options.longs === $String ? $String(message.capture_time_ns) : message.capture_time_ns;
                    else
                        object.capture_time_ns = options.longs === $String ? $util.Long.prototype.toString.call(message.capture_time_ns) : options.longs === $Number ? new $util.LongBits(message.capture_time_ns.low >>> 0, message.capture_time_ns.high >>> 0).toNumber(true) : message.capture_time_ns;
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    object.position = $root.farhand.v1.Vector3f.toObject(message.position, options, _depth + 1);
                if (message.orientation != null && $Object.hasOwnProperty.call(message, "orientation"))
                    object.orientation = $root.farhand.v1.Quaternionf.toObject(message.orientation, options, _depth + 1);
                if (message.grip != null && $Object.hasOwnProperty.call(message, "grip"))
                    object.grip = options.json && !$isFinite(message.grip) ? $String(message.grip) : message.grip;
                if (message.clutch != null && $Object.hasOwnProperty.call(message, "clutch"))
                    object.clutch = message.clutch;
                if (message.operator_present != null && $Object.hasOwnProperty.call(message, "operator_present"))
                    object.operator_present = message.operator_present;
                if (message.hands && message.hands.length) {
                    object.hands = $Array(message.hands.length);
                    for (let j = 0; j < message.hands.length; ++j)
                        object.hands[j] = $root.farhand.v1.Hand.toObject(message.hands[j], options, _depth + 1);
                }
                if (message.camera != null && $Object.hasOwnProperty.call(message, "camera"))
                    object.camera = message.camera;
                return object;
            };

            /**
             * Converts this MotionFrame to JSON.
             * @function toJSON
             * @memberof farhand.v1.MotionFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MotionFrame.prototype.toJSON = function() {
                return MotionFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MotionFrame;
        })();

        v1.Hand = (function() {

            /**
             * Properties of a Hand.
             * @typedef {Object} farhand.v1.Hand.$Properties
             * @property {number|null} [arm_id] the instrument this hand drives (Welcome.arms, kind INSTRUMENT)
             * @property {farhand.v1.Vector3f.$Properties|null} [position] master position, m, console (eye) frame
             * @property {farhand.v1.Quaternionf.$Properties|null} [orientation] unit quaternion (x, y, z, w); |q| within 1e-3 of 1
             * @property {number|null} [grip] 0 = open .. 1 = closed
             * @property {boolean|null} [clutch] this hand's clutch: its instrument holds, the hand may move
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hand.
             * @memberof farhand.v1
             * @interface IHand
             * @augments farhand.v1.Hand.$Properties
             * @deprecated Use farhand.v1.Hand.$Properties instead.
             */

            /**
             * Shape of a Hand.
             * @typedef {farhand.v1.Hand.$Properties} farhand.v1.Hand.$Shape
             */

            /**
             * Constructs a new Hand.
             * @memberof farhand.v1
             * @classdesc One hand of a two-handed MotionFrame (protocol 1.1).
             * @constructor
             * @param {farhand.v1.Hand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hand = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * the instrument this hand drives (Welcome.arms, kind INSTRUMENT)
             * @member {number} arm_id
             * @memberof farhand.v1.Hand
             * @instance
             */
            Hand.prototype.arm_id = 0;

            /**
             * master position, m, console (eye) frame
             * @member {farhand.v1.Vector3f.$Properties|null|undefined} position
             * @memberof farhand.v1.Hand
             * @instance
             */
            Hand.prototype.position = null;

            /**
             * unit quaternion (x, y, z, w); |q| within 1e-3 of 1
             * @member {farhand.v1.Quaternionf.$Properties|null|undefined} orientation
             * @memberof farhand.v1.Hand
             * @instance
             */
            Hand.prototype.orientation = null;

            /**
             * 0 = open .. 1 = closed
             * @member {number} grip
             * @memberof farhand.v1.Hand
             * @instance
             */
            Hand.prototype.grip = 0;

            /**
             * this hand's clutch: its instrument holds, the hand may move
             * @member {boolean} clutch
             * @memberof farhand.v1.Hand
             * @instance
             */
            Hand.prototype.clutch = false;

            /**
             * Creates a new Hand instance using the specified properties.
             * @function create
             * @memberof farhand.v1.Hand
             * @static
             * @param {farhand.v1.Hand.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.Hand} Hand instance
             * @type {{
             *   (properties: farhand.v1.Hand.$Shape): farhand.v1.Hand & farhand.v1.Hand.$Shape;
             *   (properties?: farhand.v1.Hand.$Properties): farhand.v1.Hand;
             * }}
             */
            Hand.create = function(properties) {
                return new Hand(properties);
            };

            /**
             * Encodes the specified Hand message. Does not implicitly {@link farhand.v1.Hand.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.Hand
             * @static
             * @param {farhand.v1.Hand.$Properties} message Hand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id") && message.arm_id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.arm_id);
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    $root.farhand.v1.Vector3f.encode(message.position, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.orientation != null && $Object.hasOwnProperty.call(message, "orientation"))
                    $root.farhand.v1.Quaternionf.encode(message.orientation, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.grip != null && $Object.hasOwnProperty.call(message, "grip") && !$Object.is(message.grip, 0))
                    writer.uint32(/* id 4, wireType 5 =*/37).float(message.grip);
                if (message.clutch != null && $Object.hasOwnProperty.call(message, "clutch") && message.clutch !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.clutch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Hand message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.Hand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.Hand & farhand.v1.Hand.$Shape} Hand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hand.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.Hand();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.arm_id = value;
                            else
                                delete message.arm_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.position = $root.farhand.v1.Vector3f.decode(reader, reader.size(), $undefined, _depth + 1, message.position);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.orientation = $root.farhand.v1.Quaternionf.decode(reader, reader.size(), $undefined, _depth + 1, message.orientation);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.grip = value;
                            else
                                delete message.grip;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.clutch = value;
                            else
                                delete message.clutch;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Hand message.
             * @function verify
             * @memberof farhand.v1.Hand
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Hand.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id"))
                    if (!$util.isInteger(message.arm_id))
                        return "arm_id: integer expected";
                if (message.position != null && $Object.hasOwnProperty.call(message, "position")) {
                    let error = $root.farhand.v1.Vector3f.verify(message.position, _depth + 1);
                    if (error)
                        return "position." + error;
                }
                if (message.orientation != null && $Object.hasOwnProperty.call(message, "orientation")) {
                    let error = $root.farhand.v1.Quaternionf.verify(message.orientation, _depth + 1);
                    if (error)
                        return "orientation." + error;
                }
                if (message.grip != null && $Object.hasOwnProperty.call(message, "grip"))
                    if (typeof message.grip !== "number")
                        return "grip: number expected";
                if (message.clutch != null && $Object.hasOwnProperty.call(message, "clutch"))
                    if (typeof message.clutch !== "boolean")
                        return "clutch: boolean expected";
                return null;
            };

            /**
             * Creates a Hand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.Hand
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.Hand} Hand
             */
            Hand.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.Hand)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.Hand: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.Hand();
                if (object.arm_id != null)
                    if ($Number(object.arm_id) !== 0)
                        message.arm_id = object.arm_id >>> 0;
                if (object.position != null) {
                    if (!$util.isObject(object.position))
                        throw $TypeError(".farhand.v1.Hand.position: object expected");
                    message.position = $root.farhand.v1.Vector3f.fromObject(object.position, _depth + 1);
                }
                if (object.orientation != null) {
                    if (!$util.isObject(object.orientation))
                        throw $TypeError(".farhand.v1.Hand.orientation: object expected");
                    message.orientation = $root.farhand.v1.Quaternionf.fromObject(object.orientation, _depth + 1);
                }
                if (object.grip != null)
                    if (!$Object.is($Number(object.grip), 0))
                        message.grip = $Number(object.grip);
                if (object.clutch != null)
                    if (object.clutch)
                        message.clutch = $Boolean(object.clutch);
                return message;
            };

            /**
             * Creates a plain object from a Hand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.Hand
             * @static
             * @param {farhand.v1.Hand} message Hand
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hand.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.arm_id = 0;
                    object.position = null;
                    object.orientation = null;
                    object.grip = 0;
                    object.clutch = false;
                }
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id"))
                    object.arm_id = message.arm_id;
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    object.position = $root.farhand.v1.Vector3f.toObject(message.position, options, _depth + 1);
                if (message.orientation != null && $Object.hasOwnProperty.call(message, "orientation"))
                    object.orientation = $root.farhand.v1.Quaternionf.toObject(message.orientation, options, _depth + 1);
                if (message.grip != null && $Object.hasOwnProperty.call(message, "grip"))
                    object.grip = options.json && !$isFinite(message.grip) ? $String(message.grip) : message.grip;
                if (message.clutch != null && $Object.hasOwnProperty.call(message, "clutch"))
                    object.clutch = message.clutch;
                return object;
            };

            /**
             * Converts this Hand to JSON.
             * @function toJSON
             * @memberof farhand.v1.Hand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hand.prototype.toJSON = function() {
                return Hand.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Hand;
        })();

        v1.ClockProbe = (function() {

            /**
             * Properties of a ClockProbe.
             * @typedef {Object} farhand.v1.ClockProbe.$Properties
             * @property {number|null} [id] ClockProbe id
             * @property {number|null} [t0_ns] originator send time, originator clock
             * @property {number|null} [t1_ns] responder receive time, responder clock
             * @property {number|null} [t2_ns] responder send time, responder clock
             * @property {number|null} [t3_ns] originator receive time, originator clock (optional)
             * @property {boolean|null} [reply] ClockProbe reply
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClockProbe.
             * @memberof farhand.v1
             * @interface IClockProbe
             * @augments farhand.v1.ClockProbe.$Properties
             * @deprecated Use farhand.v1.ClockProbe.$Properties instead.
             */

            /**
             * Shape of a ClockProbe.
             * @typedef {farhand.v1.ClockProbe.$Properties} farhand.v1.ClockProbe.$Shape
             */

            /**
             * Constructs a new ClockProbe.
             * @memberof farhand.v1
             * @classdesc ---------------------------------------------------------------------------------------------
             * Clock probes, NTP style, in either direction.
             * 
             * The originator sends { id, t0_ns, reply = false }. The responder answers at once with the same id and
             * t0_ns, t1_ns (its clock when the request arrived), t2_ns (its clock when the reply left) and
             * reply = true. The originator stamps t3_ns on arrival (t3_ns need not be on the wire). Then
             * offset = ((t1 - t0) + (t2 - t3)) / 2   (responder clock minus originator clock)
             * rtt    = (t3 - t0) - (t2 - t1)
             * @constructor
             * @param {farhand.v1.ClockProbe.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClockProbe = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClockProbe id.
             * @member {number} id
             * @memberof farhand.v1.ClockProbe
             * @instance
             */
            ClockProbe.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * originator send time, originator clock
             * @member {number} t0_ns
             * @memberof farhand.v1.ClockProbe
             * @instance
             */
            ClockProbe.prototype.t0_ns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * responder receive time, responder clock
             * @member {number} t1_ns
             * @memberof farhand.v1.ClockProbe
             * @instance
             */
            ClockProbe.prototype.t1_ns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * responder send time, responder clock
             * @member {number} t2_ns
             * @memberof farhand.v1.ClockProbe
             * @instance
             */
            ClockProbe.prototype.t2_ns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * originator receive time, originator clock (optional)
             * @member {number} t3_ns
             * @memberof farhand.v1.ClockProbe
             * @instance
             */
            ClockProbe.prototype.t3_ns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClockProbe reply.
             * @member {boolean} reply
             * @memberof farhand.v1.ClockProbe
             * @instance
             */
            ClockProbe.prototype.reply = false;

            /**
             * Creates a new ClockProbe instance using the specified properties.
             * @function create
             * @memberof farhand.v1.ClockProbe
             * @static
             * @param {farhand.v1.ClockProbe.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.ClockProbe} ClockProbe instance
             * @type {{
             *   (properties: farhand.v1.ClockProbe.$Shape): farhand.v1.ClockProbe & farhand.v1.ClockProbe.$Shape;
             *   (properties?: farhand.v1.ClockProbe.$Properties): farhand.v1.ClockProbe;
             * }}
             */
            ClockProbe.create = function(properties) {
                return new ClockProbe(properties);
            };

            /**
             * Encodes the specified ClockProbe message. Does not implicitly {@link farhand.v1.ClockProbe.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.ClockProbe
             * @static
             * @param {farhand.v1.ClockProbe.$Properties} message ClockProbe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClockProbe.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.t0_ns != null && $Object.hasOwnProperty.call(message, "t0_ns") && (typeof message.t0_ns === "object" ? message.t0_ns.low || message.t0_ns.high : message.t0_ns !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.t0_ns);
                if (message.t1_ns != null && $Object.hasOwnProperty.call(message, "t1_ns") && (typeof message.t1_ns === "object" ? message.t1_ns.low || message.t1_ns.high : message.t1_ns !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.t1_ns);
                if (message.t2_ns != null && $Object.hasOwnProperty.call(message, "t2_ns") && (typeof message.t2_ns === "object" ? message.t2_ns.low || message.t2_ns.high : message.t2_ns !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.t2_ns);
                if (message.t3_ns != null && $Object.hasOwnProperty.call(message, "t3_ns") && (typeof message.t3_ns === "object" ? message.t3_ns.low || message.t3_ns.high : message.t3_ns !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.t3_ns);
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply") && message.reply !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.reply);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ClockProbe message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.ClockProbe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.ClockProbe & farhand.v1.ClockProbe.$Shape} ClockProbe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClockProbe.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.ClockProbe();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.t0_ns = value;
                            else
                                delete message.t0_ns;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.t1_ns = value;
                            else
                                delete message.t1_ns;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.t2_ns = value;
                            else
                                delete message.t2_ns;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.t3_ns = value;
                            else
                                delete message.t3_ns;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reply = value;
                            else
                                delete message.reply;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ClockProbe message.
             * @function verify
             * @memberof farhand.v1.ClockProbe
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClockProbe.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                        return "id: integer|Long expected";
                if (message.t0_ns != null && $Object.hasOwnProperty.call(message, "t0_ns"))
                    if (!$util.isInteger(message.t0_ns) && !(message.t0_ns && $util.isInteger(message.t0_ns.low) && $util.isInteger(message.t0_ns.high)))
                        return "t0_ns: integer|Long expected";
                if (message.t1_ns != null && $Object.hasOwnProperty.call(message, "t1_ns"))
                    if (!$util.isInteger(message.t1_ns) && !(message.t1_ns && $util.isInteger(message.t1_ns.low) && $util.isInteger(message.t1_ns.high)))
                        return "t1_ns: integer|Long expected";
                if (message.t2_ns != null && $Object.hasOwnProperty.call(message, "t2_ns"))
                    if (!$util.isInteger(message.t2_ns) && !(message.t2_ns && $util.isInteger(message.t2_ns.low) && $util.isInteger(message.t2_ns.high)))
                        return "t2_ns: integer|Long expected";
                if (message.t3_ns != null && $Object.hasOwnProperty.call(message, "t3_ns"))
                    if (!$util.isInteger(message.t3_ns) && !(message.t3_ns && $util.isInteger(message.t3_ns.low) && $util.isInteger(message.t3_ns.high)))
                        return "t3_ns: integer|Long expected";
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply"))
                    if (typeof message.reply !== "boolean")
                        return "reply: boolean expected";
                return null;
            };

            /**
             * Creates a ClockProbe message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.ClockProbe
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.ClockProbe} ClockProbe
             */
            ClockProbe.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.ClockProbe)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.ClockProbe: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.ClockProbe();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.t0_ns != null)
                    if (typeof object.t0_ns === "object" ? object.t0_ns.low || object.t0_ns.high : $Number(object.t0_ns) !== 0)
                        if ($util.Long)
                            message.t0_ns = $util.Long.fromValue(object.t0_ns, true);
                        else if (typeof object.t0_ns === "string")
                            message.t0_ns = $parseInt(object.t0_ns, 10);
                        else if (typeof object.t0_ns === "number")
                            message.t0_ns = object.t0_ns;
                        else if (typeof object.t0_ns === "object")
                            message.t0_ns = new $util.LongBits(object.t0_ns.low >>> 0, object.t0_ns.high >>> 0).toNumber(true);
                if (object.t1_ns != null)
                    if (typeof object.t1_ns === "object" ? object.t1_ns.low || object.t1_ns.high : $Number(object.t1_ns) !== 0)
                        if ($util.Long)
                            message.t1_ns = $util.Long.fromValue(object.t1_ns, true);
                        else if (typeof object.t1_ns === "string")
                            message.t1_ns = $parseInt(object.t1_ns, 10);
                        else if (typeof object.t1_ns === "number")
                            message.t1_ns = object.t1_ns;
                        else if (typeof object.t1_ns === "object")
                            message.t1_ns = new $util.LongBits(object.t1_ns.low >>> 0, object.t1_ns.high >>> 0).toNumber(true);
                if (object.t2_ns != null)
                    if (typeof object.t2_ns === "object" ? object.t2_ns.low || object.t2_ns.high : $Number(object.t2_ns) !== 0)
                        if ($util.Long)
                            message.t2_ns = $util.Long.fromValue(object.t2_ns, true);
                        else if (typeof object.t2_ns === "string")
                            message.t2_ns = $parseInt(object.t2_ns, 10);
                        else if (typeof object.t2_ns === "number")
                            message.t2_ns = object.t2_ns;
                        else if (typeof object.t2_ns === "object")
                            message.t2_ns = new $util.LongBits(object.t2_ns.low >>> 0, object.t2_ns.high >>> 0).toNumber(true);
                if (object.t3_ns != null)
                    if (typeof object.t3_ns === "object" ? object.t3_ns.low || object.t3_ns.high : $Number(object.t3_ns) !== 0)
                        if ($util.Long)
                            message.t3_ns = $util.Long.fromValue(object.t3_ns, true);
                        else if (typeof object.t3_ns === "string")
                            message.t3_ns = $parseInt(object.t3_ns, 10);
                        else if (typeof object.t3_ns === "number")
                            message.t3_ns = object.t3_ns;
                        else if (typeof object.t3_ns === "object")
                            message.t3_ns = new $util.LongBits(object.t3_ns.low >>> 0, object.t3_ns.high >>> 0).toNumber(true);
                if (object.reply != null)
                    if (object.reply)
                        message.reply = $Boolean(object.reply);
                return message;
            };

            /**
             * Creates a plain object from a ClockProbe message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.ClockProbe
             * @static
             * @param {farhand.v1.ClockProbe} message ClockProbe
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClockProbe.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.t0_ns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.t0_ns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.t1_ns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.t1_ns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.t2_ns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.t2_ns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.t3_ns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.t3_ns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.reply = false;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.t0_ns != null && $Object.hasOwnProperty.call(message, "t0_ns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.t0_ns = typeof message.t0_ns === "number" ? $BigInt(message.t0_ns) : $util.Long.fromBits(message.t0_ns.low >>> 0, message.t0_ns.high >>> 0, true).toBigInt();
                    else if (typeof message.t0_ns === "number")
                        object.t0_ns = options.longs === $String ? $String(message.t0_ns) : message.t0_ns;
                    else
                        object.t0_ns = options.longs === $String ? $util.Long.prototype.toString.call(message.t0_ns) : options.longs === $Number ? new $util.LongBits(message.t0_ns.low >>> 0, message.t0_ns.high >>> 0).toNumber(true) : message.t0_ns;
                if (message.t1_ns != null && $Object.hasOwnProperty.call(message, "t1_ns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.t1_ns = typeof message.t1_ns === "number" ? $BigInt(message.t1_ns) : $util.Long.fromBits(message.t1_ns.low >>> 0, message.t1_ns.high >>> 0, true).toBigInt();
                    else if (typeof message.t1_ns === "number")
                        object.t1_ns = options.longs === $String ? $String(message.t1_ns) : message.t1_ns;
                    else
                        object.t1_ns = options.longs === $String ? $util.Long.prototype.toString.call(message.t1_ns) : options.longs === $Number ? new $util.LongBits(message.t1_ns.low >>> 0, message.t1_ns.high >>> 0).toNumber(true) : message.t1_ns;
                if (message.t2_ns != null && $Object.hasOwnProperty.call(message, "t2_ns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.t2_ns = typeof message.t2_ns === "number" ? $BigInt(message.t2_ns) : $util.Long.fromBits(message.t2_ns.low >>> 0, message.t2_ns.high >>> 0, true).toBigInt();
                    else if (typeof message.t2_ns === "number")
                        object.t2_ns = options.longs === $String ? $String(message.t2_ns) : message.t2_ns;
                    else
                        object.t2_ns = options.longs === $String ? $util.Long.prototype.toString.call(message.t2_ns) : options.longs === $Number ? new $util.LongBits(message.t2_ns.low >>> 0, message.t2_ns.high >>> 0).toNumber(true) : message.t2_ns;
                if (message.t3_ns != null && $Object.hasOwnProperty.call(message, "t3_ns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.t3_ns = typeof message.t3_ns === "number" ? $BigInt(message.t3_ns) : $util.Long.fromBits(message.t3_ns.low >>> 0, message.t3_ns.high >>> 0, true).toBigInt();
                    else if (typeof message.t3_ns === "number")
                        object.t3_ns = options.longs === $String ? $String(message.t3_ns) : message.t3_ns;
                    else
                        object.t3_ns = options.longs === $String ? $util.Long.prototype.toString.call(message.t3_ns) : options.longs === $Number ? new $util.LongBits(message.t3_ns.low >>> 0, message.t3_ns.high >>> 0).toNumber(true) : message.t3_ns;
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply"))
                    object.reply = message.reply;
                return object;
            };

            /**
             * Converts this ClockProbe to JSON.
             * @function toJSON
             * @memberof farhand.v1.ClockProbe
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClockProbe.prototype.toJSON = function() {
                return ClockProbe.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ClockProbe;
        })();

        /**
         * CommandType enum.
         * @name farhand.v1.CommandType
         * @enum {number}
         * @property {number} COMMAND_TYPE_UNSPECIFIED=0 COMMAND_TYPE_UNSPECIFIED value
         * @property {number} ENGAGE=1 start following; needs control, operator present, aligned orientation, fresh link
         * @property {number} DISENGAGE=2 stop following, hold
         * @property {number} ESTOP=3 emergency stop: any authenticated role; latches until RESET_FAULT
         * @property {number} RESET_FAULT=4 clear a latched fault or e-stop; the arm holds, a fresh ENGAGE is needed
         * @property {number} REQUEST_CONTROL=5 ask for the control lock (surgeon)
         * @property {number} RELEASE_CONTROL=6 give the lock back
         * @property {number} SET_SCALE=7 argument scale: tool/master translation ratio in [0.1, 1.0]
         * @property {number} HOME=8 move the arm to its home pose (only when not following)
         * @property {number} CLUTCH=9 argument flag: true = press, false = release (alternative to MotionFrame.clutch)
         * @property {number} GRANT_CONTROL=10 observer/engineer: hand the lock to target_session_id (explicit handover)
         */
        v1.CommandType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "COMMAND_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ENGAGE"] = 1;
            values[valuesById[2] = "DISENGAGE"] = 2;
            values[valuesById[3] = "ESTOP"] = 3;
            values[valuesById[4] = "RESET_FAULT"] = 4;
            values[valuesById[5] = "REQUEST_CONTROL"] = 5;
            values[valuesById[6] = "RELEASE_CONTROL"] = 6;
            values[valuesById[7] = "SET_SCALE"] = 7;
            values[valuesById[8] = "HOME"] = 8;
            values[valuesById[9] = "CLUTCH"] = 9;
            values[valuesById[10] = "GRANT_CONTROL"] = 10;
            return values;
        })();

        v1.Command = (function() {

            /**
             * Properties of a Command.
             * @typedef {Object} farhand.v1.Command.$Properties
             * @property {number|null} [id] chosen by the sender, echoed in the ack
             * @property {farhand.v1.CommandType|null} [type] Command type
             * @property {number|null} [scale] SET_SCALE: tool/master ratio, 0.1 .. 1.0
             * @property {boolean|null} [flag] CLUTCH: pressed
             * @property {string|null} [target_session_id] GRANT_CONTROL: who receives the lock
             * @property {number|null} [arm_id] arm addressed (0 = first arm)
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Command.
             * @memberof farhand.v1
             * @interface ICommand
             * @augments farhand.v1.Command.$Properties
             * @deprecated Use farhand.v1.Command.$Properties instead.
             */

            /**
             * Shape of a Command.
             * @typedef {farhand.v1.Command.$Properties} farhand.v1.Command.$Shape
             */

            /**
             * Constructs a new Command.
             * @memberof farhand.v1
             * @classdesc Represents a Command.
             * @constructor
             * @param {farhand.v1.Command.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Command = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * chosen by the sender, echoed in the ack
             * @member {number} id
             * @memberof farhand.v1.Command
             * @instance
             */
            Command.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Command type.
             * @member {farhand.v1.CommandType} type
             * @memberof farhand.v1.Command
             * @instance
             */
            Command.prototype.type = 0;

            /**
             * SET_SCALE: tool/master ratio, 0.1 .. 1.0
             * @member {number} scale
             * @memberof farhand.v1.Command
             * @instance
             */
            Command.prototype.scale = 0;

            /**
             * CLUTCH: pressed
             * @member {boolean} flag
             * @memberof farhand.v1.Command
             * @instance
             */
            Command.prototype.flag = false;

            /**
             * GRANT_CONTROL: who receives the lock
             * @member {string} target_session_id
             * @memberof farhand.v1.Command
             * @instance
             */
            Command.prototype.target_session_id = "";

            /**
             * arm addressed (0 = first arm)
             * @member {number} arm_id
             * @memberof farhand.v1.Command
             * @instance
             */
            Command.prototype.arm_id = 0;

            /**
             * Creates a new Command instance using the specified properties.
             * @function create
             * @memberof farhand.v1.Command
             * @static
             * @param {farhand.v1.Command.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.Command} Command instance
             * @type {{
             *   (properties: farhand.v1.Command.$Shape): farhand.v1.Command & farhand.v1.Command.$Shape;
             *   (properties?: farhand.v1.Command.$Properties): farhand.v1.Command;
             * }}
             */
            Command.create = function(properties) {
                return new Command(properties);
            };

            /**
             * Encodes the specified Command message. Does not implicitly {@link farhand.v1.Command.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.Command
             * @static
             * @param {farhand.v1.Command.$Properties} message Command message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.type);
                if (message.scale != null && $Object.hasOwnProperty.call(message, "scale") && !$Object.is(message.scale, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.scale);
                if (message.flag != null && $Object.hasOwnProperty.call(message, "flag") && message.flag !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.flag);
                if (message.target_session_id != null && $Object.hasOwnProperty.call(message, "target_session_id") && message.target_session_id !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.target_session_id);
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id") && message.arm_id !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.arm_id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.Command & farhand.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.Command();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.scale = value;
                            else
                                delete message.scale;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.flag = value;
                            else
                                delete message.flag;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.target_session_id = value;
                            else
                                delete message.target_session_id;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.arm_id = value;
                            else
                                delete message.arm_id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Command message.
             * @function verify
             * @memberof farhand.v1.Command
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Command.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                        return "id: integer|Long expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                        return "type: enum value expected";
                if (message.scale != null && $Object.hasOwnProperty.call(message, "scale"))
                    if (typeof message.scale !== "number")
                        return "scale: number expected";
                if (message.flag != null && $Object.hasOwnProperty.call(message, "flag"))
                    if (typeof message.flag !== "boolean")
                        return "flag: boolean expected";
                if (message.target_session_id != null && $Object.hasOwnProperty.call(message, "target_session_id"))
                    if (!$util.isString(message.target_session_id))
                        return "target_session_id: string expected";
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id"))
                    if (!$util.isInteger(message.arm_id))
                        return "arm_id: integer expected";
                return null;
            };

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.Command
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.Command} Command
             */
            Command.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.Command)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.Command: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.Command();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.type !== 0 && (typeof object.type !== "string" || $root.farhand.v1.CommandType[object.type] !== 0))
                    switch (object.type) {
                    case "COMMAND_TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "ENGAGE":
                    case 1:
                        message.type = 1;
                        break;
                    case "DISENGAGE":
                    case 2:
                        message.type = 2;
                        break;
                    case "ESTOP":
                    case 3:
                        message.type = 3;
                        break;
                    case "RESET_FAULT":
                    case 4:
                        message.type = 4;
                        break;
                    case "REQUEST_CONTROL":
                    case 5:
                        message.type = 5;
                        break;
                    case "RELEASE_CONTROL":
                    case 6:
                        message.type = 6;
                        break;
                    case "SET_SCALE":
                    case 7:
                        message.type = 7;
                        break;
                    case "HOME":
                    case 8:
                        message.type = 8;
                        break;
                    case "CLUTCH":
                    case 9:
                        message.type = 9;
                        break;
                    case "GRANT_CONTROL":
                    case 10:
                        message.type = 10;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.scale != null)
                    if (!$Object.is($Number(object.scale), 0))
                        message.scale = $Number(object.scale);
                if (object.flag != null)
                    if (object.flag)
                        message.flag = $Boolean(object.flag);
                if (object.target_session_id != null)
                    if (typeof object.target_session_id !== "string" || object.target_session_id.length)
                        message.target_session_id = $String(object.target_session_id);
                if (object.arm_id != null)
                    if ($Number(object.arm_id) !== 0)
                        message.arm_id = object.arm_id >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.Command
             * @static
             * @param {farhand.v1.Command} message Command
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Command.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.type = options.enums === $String ? "COMMAND_TYPE_UNSPECIFIED" : 0;
                    object.scale = 0;
                    object.flag = false;
                    object.target_session_id = "";
                    object.arm_id = 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.farhand.v1.CommandType[message.type] === $undefined ? message.type : $root.farhand.v1.CommandType[message.type] : message.type;
                if (message.scale != null && $Object.hasOwnProperty.call(message, "scale"))
                    object.scale = options.json && !$isFinite(message.scale) ? $String(message.scale) : message.scale;
                if (message.flag != null && $Object.hasOwnProperty.call(message, "flag"))
                    object.flag = message.flag;
                if (message.target_session_id != null && $Object.hasOwnProperty.call(message, "target_session_id"))
                    object.target_session_id = message.target_session_id;
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id"))
                    object.arm_id = message.arm_id;
                return object;
            };

            /**
             * Converts this Command to JSON.
             * @function toJSON
             * @memberof farhand.v1.Command
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Command.prototype.toJSON = function() {
                return Command.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Command;
        })();

        v1.CommandAck = (function() {

            /**
             * Properties of a CommandAck.
             * @typedef {Object} farhand.v1.CommandAck.$Properties
             * @property {number|null} [id] Command.id
             * @property {boolean|null} [ok] CommandAck ok
             * @property {string|null} [reason] stable code when refused, e.g. NOT_CONTROLLER, MISALIGNED, then ": " and a sentence
             * @property {farhand.v1.CommandType|null} [type] CommandAck type
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommandAck.
             * @memberof farhand.v1
             * @interface ICommandAck
             * @augments farhand.v1.CommandAck.$Properties
             * @deprecated Use farhand.v1.CommandAck.$Properties instead.
             */

            /**
             * Shape of a CommandAck.
             * @typedef {farhand.v1.CommandAck.$Properties} farhand.v1.CommandAck.$Shape
             */

            /**
             * Constructs a new CommandAck.
             * @memberof farhand.v1
             * @classdesc Represents a CommandAck.
             * @constructor
             * @param {farhand.v1.CommandAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommandAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Command.id
             * @member {number} id
             * @memberof farhand.v1.CommandAck
             * @instance
             */
            CommandAck.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CommandAck ok.
             * @member {boolean} ok
             * @memberof farhand.v1.CommandAck
             * @instance
             */
            CommandAck.prototype.ok = false;

            /**
             * stable code when refused, e.g. NOT_CONTROLLER, MISALIGNED, then ": " and a sentence
             * @member {string} reason
             * @memberof farhand.v1.CommandAck
             * @instance
             */
            CommandAck.prototype.reason = "";

            /**
             * CommandAck type.
             * @member {farhand.v1.CommandType} type
             * @memberof farhand.v1.CommandAck
             * @instance
             */
            CommandAck.prototype.type = 0;

            /**
             * Creates a new CommandAck instance using the specified properties.
             * @function create
             * @memberof farhand.v1.CommandAck
             * @static
             * @param {farhand.v1.CommandAck.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.CommandAck} CommandAck instance
             * @type {{
             *   (properties: farhand.v1.CommandAck.$Shape): farhand.v1.CommandAck & farhand.v1.CommandAck.$Shape;
             *   (properties?: farhand.v1.CommandAck.$Properties): farhand.v1.CommandAck;
             * }}
             */
            CommandAck.create = function(properties) {
                return new CommandAck(properties);
            };

            /**
             * Encodes the specified CommandAck message. Does not implicitly {@link farhand.v1.CommandAck.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.CommandAck
             * @static
             * @param {farhand.v1.CommandAck.$Properties} message CommandAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.ok);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.type);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CommandAck message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.CommandAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.CommandAck & farhand.v1.CommandAck.$Shape} CommandAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.CommandAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ok = value;
                            else
                                delete message.ok;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CommandAck message.
             * @function verify
             * @memberof farhand.v1.CommandAck
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CommandAck.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                        return "id: integer|Long expected";
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    if (typeof message.ok !== "boolean")
                        return "ok: boolean expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                        return "type: enum value expected";
                return null;
            };

            /**
             * Creates a CommandAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.CommandAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.CommandAck} CommandAck
             */
            CommandAck.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.CommandAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.CommandAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.CommandAck();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.ok != null)
                    if (object.ok)
                        message.ok = $Boolean(object.ok);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.type !== 0 && (typeof object.type !== "string" || $root.farhand.v1.CommandType[object.type] !== 0))
                    switch (object.type) {
                    case "COMMAND_TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "ENGAGE":
                    case 1:
                        message.type = 1;
                        break;
                    case "DISENGAGE":
                    case 2:
                        message.type = 2;
                        break;
                    case "ESTOP":
                    case 3:
                        message.type = 3;
                        break;
                    case "RESET_FAULT":
                    case 4:
                        message.type = 4;
                        break;
                    case "REQUEST_CONTROL":
                    case 5:
                        message.type = 5;
                        break;
                    case "RELEASE_CONTROL":
                    case 6:
                        message.type = 6;
                        break;
                    case "SET_SCALE":
                    case 7:
                        message.type = 7;
                        break;
                    case "HOME":
                    case 8:
                        message.type = 8;
                        break;
                    case "CLUTCH":
                    case 9:
                        message.type = 9;
                        break;
                    case "GRANT_CONTROL":
                    case 10:
                        message.type = 10;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                return message;
            };

            /**
             * Creates a plain object from a CommandAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.CommandAck
             * @static
             * @param {farhand.v1.CommandAck} message CommandAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommandAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.ok = false;
                    object.reason = "";
                    object.type = options.enums === $String ? "COMMAND_TYPE_UNSPECIFIED" : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    object.ok = message.ok;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.farhand.v1.CommandType[message.type] === $undefined ? message.type : $root.farhand.v1.CommandType[message.type] : message.type;
                return object;
            };

            /**
             * Converts this CommandAck to JSON.
             * @function toJSON
             * @memberof farhand.v1.CommandAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommandAck.prototype.toJSON = function() {
                return CommandAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CommandAck;
        })();

        /**
         * SupervisorState enum.
         * @name farhand.v1.SupervisorState
         * @enum {number}
         * @property {number} SUPERVISOR_STATE_UNSPECIFIED=0 SUPERVISOR_STATE_UNSPECIFIED value
         * @property {number} IDLE=1 not engaged; the arm holds its pose
         * @property {number} ENGAGING=2 engage accepted, waiting for the first playable frame
         * @property {number} FOLLOWING=3 the tool follows the surgeon's hand
         * @property {number} CLUTCHED=4 clutch pressed: the tool holds while the hand repositions
         * @property {number} HOLDING=5 stale link, operator absent, poor link or lost clock: decelerated to a hold
         * @property {number} FAULT=6 latched until RESET_FAULT
         * @property {number} ESTOPPED=7 latched until RESET_FAULT
         */
        v1.SupervisorState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SUPERVISOR_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "IDLE"] = 1;
            values[valuesById[2] = "ENGAGING"] = 2;
            values[valuesById[3] = "FOLLOWING"] = 3;
            values[valuesById[4] = "CLUTCHED"] = 4;
            values[valuesById[5] = "HOLDING"] = 5;
            values[valuesById[6] = "FAULT"] = 6;
            values[valuesById[7] = "ESTOPPED"] = 7;
            return values;
        })();

        /**
         * CRTK operating state of the arm.
         * @name farhand.v1.ArmOperatingState
         * @enum {number}
         * @property {number} ARM_STATE_UNSPECIFIED=0 ARM_STATE_UNSPECIFIED value
         * @property {number} ARM_DISABLED=1 ARM_DISABLED value
         * @property {number} ARM_ENABLED=2 ARM_ENABLED value
         * @property {number} ARM_PAUSED=3 ARM_PAUSED value
         * @property {number} ARM_FAULT=4 ARM_FAULT value
         */
        v1.ArmOperatingState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ARM_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ARM_DISABLED"] = 1;
            values[valuesById[2] = "ARM_ENABLED"] = 2;
            values[valuesById[3] = "ARM_PAUSED"] = 3;
            values[valuesById[4] = "ARM_FAULT"] = 4;
            return values;
        })();

        v1.LinkFigures = (function() {

            /**
             * Properties of a LinkFigures.
             * @typedef {Object} farhand.v1.LinkFigures.$Properties
             * @property {number|null} [rtt_s] round-trip time, min-filtered over the last probes
             * @property {number|null} [one_way_delay_s] console capture -> agent receive; NaN when clocks are not synced
             * @property {number|null} [jitter_s] spread of one-way delay (RFC 3550 style smoothed)
             * @property {number|null} [loss_ratio] 0..1, from sequence gaps over the last seconds
             * @property {number|null} [playout_delay_s] D: capture + D is when a frame is played
             * @property {number|null} [frames_received] LinkFigures frames_received
             * @property {number|null} [frames_late] arrived past their playout time
             * @property {number|null} [frames_dropped] duplicates, stale or reordered-behind frames
             * @property {number|null} [frames_refused] failed validation, not from the controller, flood
             * @property {number|null} [frame_rate_hz] motion frames received per second
             * @property {number|null} [clock_offset_s] agent clock minus console clock
             * @property {number|null} [clock_uncertainty_s] LinkFigures clock_uncertainty_s
             * @property {boolean|null} [clock_synced] LinkFigures clock_synced
             * @property {number|null} [frames_refused_jump] refused by the master jump detector (impossible hand speed): not link loss
             * @property {number|null} [frames_lost] never arrived (sequence gaps that were not filled later)
             * @property {number|null} [frames_received_rtc] of the controller's motion frames the agent received, those that came over the DataChannel
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LinkFigures.
             * @memberof farhand.v1
             * @interface ILinkFigures
             * @augments farhand.v1.LinkFigures.$Properties
             * @deprecated Use farhand.v1.LinkFigures.$Properties instead.
             */

            /**
             * Shape of a LinkFigures.
             * @typedef {farhand.v1.LinkFigures.$Properties} farhand.v1.LinkFigures.$Shape
             */

            /**
             * Constructs a new LinkFigures.
             * @memberof farhand.v1
             * @classdesc Represents a LinkFigures.
             * @constructor
             * @param {farhand.v1.LinkFigures.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LinkFigures = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * round-trip time, min-filtered over the last probes
             * @member {number} rtt_s
             * @memberof farhand.v1.LinkFigures
             * @instance
             */
            LinkFigures.prototype.rtt_s = 0;

            /**
             * console capture -> agent receive; NaN when clocks are not synced
             * @member {number} one_way_delay_s
             * @memberof farhand.v1.LinkFigures
             * @instance
             */
            LinkFigures.prototype.one_way_delay_s = 0;

            /**
             * spread of one-way delay (RFC 3550 style smoothed)
             * @member {number} jitter_s
             * @memberof farhand.v1.LinkFigures
             * @instance
             */
            LinkFigures.prototype.jitter_s = 0;

            /**
             * 0..1, from sequence gaps over the last seconds
             * @member {number} loss_ratio
             * @memberof farhand.v1.LinkFigures
             * @instance
             */
            LinkFigures.prototype.loss_ratio = 0;

            /**
             * D: capture + D is when a frame is played
             * @member {number} playout_delay_s
             * @memberof farhand.v1.LinkFigures
             * @instance
             */
            LinkFigures.prototype.playout_delay_s = 0;

            /**
             * LinkFigures frames_received.
             * @member {number} frames_received
             * @memberof farhand.v1.LinkFigures
             * @instance
             */
            LinkFigures.prototype.frames_received = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * arrived past their playout time
             * @member {number} frames_late
             * @memberof farhand.v1.LinkFigures
             * @instance
             */
            LinkFigures.prototype.frames_late = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * duplicates, stale or reordered-behind frames
             * @member {number} frames_dropped
             * @memberof farhand.v1.LinkFigures
             * @instance
             */
            LinkFigures.prototype.frames_dropped = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * failed validation, not from the controller, flood
             * @member {number} frames_refused
             * @memberof farhand.v1.LinkFigures
             * @instance
             */
            LinkFigures.prototype.frames_refused = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * motion frames received per second
             * @member {number} frame_rate_hz
             * @memberof farhand.v1.LinkFigures
             * @instance
             */
            LinkFigures.prototype.frame_rate_hz = 0;

            /**
             * agent clock minus console clock
             * @member {number} clock_offset_s
             * @memberof farhand.v1.LinkFigures
             * @instance
             */
            LinkFigures.prototype.clock_offset_s = 0;

            /**
             * LinkFigures clock_uncertainty_s.
             * @member {number} clock_uncertainty_s
             * @memberof farhand.v1.LinkFigures
             * @instance
             */
            LinkFigures.prototype.clock_uncertainty_s = 0;

            /**
             * LinkFigures clock_synced.
             * @member {boolean} clock_synced
             * @memberof farhand.v1.LinkFigures
             * @instance
             */
            LinkFigures.prototype.clock_synced = false;

            /**
             * refused by the master jump detector (impossible hand speed): not link loss
             * @member {number} frames_refused_jump
             * @memberof farhand.v1.LinkFigures
             * @instance
             */
            LinkFigures.prototype.frames_refused_jump = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * never arrived (sequence gaps that were not filled later)
             * @member {number} frames_lost
             * @memberof farhand.v1.LinkFigures
             * @instance
             */
            LinkFigures.prototype.frames_lost = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * of the controller's motion frames the agent received, those that came over the DataChannel
             * @member {number} frames_received_rtc
             * @memberof farhand.v1.LinkFigures
             * @instance
             */
            LinkFigures.prototype.frames_received_rtc = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new LinkFigures instance using the specified properties.
             * @function create
             * @memberof farhand.v1.LinkFigures
             * @static
             * @param {farhand.v1.LinkFigures.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.LinkFigures} LinkFigures instance
             * @type {{
             *   (properties: farhand.v1.LinkFigures.$Shape): farhand.v1.LinkFigures & farhand.v1.LinkFigures.$Shape;
             *   (properties?: farhand.v1.LinkFigures.$Properties): farhand.v1.LinkFigures;
             * }}
             */
            LinkFigures.create = function(properties) {
                return new LinkFigures(properties);
            };

            /**
             * Encodes the specified LinkFigures message. Does not implicitly {@link farhand.v1.LinkFigures.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.LinkFigures
             * @static
             * @param {farhand.v1.LinkFigures.$Properties} message LinkFigures message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LinkFigures.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rtt_s != null && $Object.hasOwnProperty.call(message, "rtt_s") && !$Object.is(message.rtt_s, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.rtt_s);
                if (message.one_way_delay_s != null && $Object.hasOwnProperty.call(message, "one_way_delay_s") && !$Object.is(message.one_way_delay_s, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.one_way_delay_s);
                if (message.jitter_s != null && $Object.hasOwnProperty.call(message, "jitter_s") && !$Object.is(message.jitter_s, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.jitter_s);
                if (message.loss_ratio != null && $Object.hasOwnProperty.call(message, "loss_ratio") && !$Object.is(message.loss_ratio, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.loss_ratio);
                if (message.playout_delay_s != null && $Object.hasOwnProperty.call(message, "playout_delay_s") && !$Object.is(message.playout_delay_s, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.playout_delay_s);
                if (message.frames_received != null && $Object.hasOwnProperty.call(message, "frames_received") && (typeof message.frames_received === "object" ? message.frames_received.low || message.frames_received.high : message.frames_received !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.frames_received);
                if (message.frames_late != null && $Object.hasOwnProperty.call(message, "frames_late") && (typeof message.frames_late === "object" ? message.frames_late.low || message.frames_late.high : message.frames_late !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.frames_late);
                if (message.frames_dropped != null && $Object.hasOwnProperty.call(message, "frames_dropped") && (typeof message.frames_dropped === "object" ? message.frames_dropped.low || message.frames_dropped.high : message.frames_dropped !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.frames_dropped);
                if (message.frames_refused != null && $Object.hasOwnProperty.call(message, "frames_refused") && (typeof message.frames_refused === "object" ? message.frames_refused.low || message.frames_refused.high : message.frames_refused !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.frames_refused);
                if (message.frame_rate_hz != null && $Object.hasOwnProperty.call(message, "frame_rate_hz") && !$Object.is(message.frame_rate_hz, 0))
                    writer.uint32(/* id 10, wireType 1 =*/81).double(message.frame_rate_hz);
                if (message.clock_offset_s != null && $Object.hasOwnProperty.call(message, "clock_offset_s") && !$Object.is(message.clock_offset_s, 0))
                    writer.uint32(/* id 11, wireType 1 =*/89).double(message.clock_offset_s);
                if (message.clock_uncertainty_s != null && $Object.hasOwnProperty.call(message, "clock_uncertainty_s") && !$Object.is(message.clock_uncertainty_s, 0))
                    writer.uint32(/* id 12, wireType 1 =*/97).double(message.clock_uncertainty_s);
                if (message.clock_synced != null && $Object.hasOwnProperty.call(message, "clock_synced") && message.clock_synced !== false)
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.clock_synced);
                if (message.frames_refused_jump != null && $Object.hasOwnProperty.call(message, "frames_refused_jump") && (typeof message.frames_refused_jump === "object" ? message.frames_refused_jump.low || message.frames_refused_jump.high : message.frames_refused_jump !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.frames_refused_jump);
                if (message.frames_lost != null && $Object.hasOwnProperty.call(message, "frames_lost") && (typeof message.frames_lost === "object" ? message.frames_lost.low || message.frames_lost.high : message.frames_lost !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.frames_lost);
                if (message.frames_received_rtc != null && $Object.hasOwnProperty.call(message, "frames_received_rtc") && (typeof message.frames_received_rtc === "object" ? message.frames_received_rtc.low || message.frames_received_rtc.high : message.frames_received_rtc !== 0))
                    writer.uint32(/* id 20, wireType 0 =*/160).uint64(message.frames_received_rtc);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LinkFigures message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.LinkFigures
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.LinkFigures & farhand.v1.LinkFigures.$Shape} LinkFigures
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LinkFigures.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.LinkFigures();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.rtt_s = value;
                            else
                                delete message.rtt_s;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.one_way_delay_s = value;
                            else
                                delete message.one_way_delay_s;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.jitter_s = value;
                            else
                                delete message.jitter_s;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.loss_ratio = value;
                            else
                                delete message.loss_ratio;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.playout_delay_s = value;
                            else
                                delete message.playout_delay_s;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.frames_received = value;
                            else
                                delete message.frames_received;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.frames_late = value;
                            else
                                delete message.frames_late;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.frames_dropped = value;
                            else
                                delete message.frames_dropped;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.frames_refused = value;
                            else
                                delete message.frames_refused;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.frame_rate_hz = value;
                            else
                                delete message.frame_rate_hz;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.clock_offset_s = value;
                            else
                                delete message.clock_offset_s;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.clock_uncertainty_s = value;
                            else
                                delete message.clock_uncertainty_s;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.clock_synced = value;
                            else
                                delete message.clock_synced;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.frames_refused_jump = value;
                            else
                                delete message.frames_refused_jump;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.frames_lost = value;
                            else
                                delete message.frames_lost;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.frames_received_rtc = value;
                            else
                                delete message.frames_received_rtc;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LinkFigures message.
             * @function verify
             * @memberof farhand.v1.LinkFigures
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LinkFigures.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.rtt_s != null && $Object.hasOwnProperty.call(message, "rtt_s"))
                    if (typeof message.rtt_s !== "number")
                        return "rtt_s: number expected";
                if (message.one_way_delay_s != null && $Object.hasOwnProperty.call(message, "one_way_delay_s"))
                    if (typeof message.one_way_delay_s !== "number")
                        return "one_way_delay_s: number expected";
                if (message.jitter_s != null && $Object.hasOwnProperty.call(message, "jitter_s"))
                    if (typeof message.jitter_s !== "number")
                        return "jitter_s: number expected";
                if (message.loss_ratio != null && $Object.hasOwnProperty.call(message, "loss_ratio"))
                    if (typeof message.loss_ratio !== "number")
                        return "loss_ratio: number expected";
                if (message.playout_delay_s != null && $Object.hasOwnProperty.call(message, "playout_delay_s"))
                    if (typeof message.playout_delay_s !== "number")
                        return "playout_delay_s: number expected";
                if (message.frames_received != null && $Object.hasOwnProperty.call(message, "frames_received"))
                    if (!$util.isInteger(message.frames_received) && !(message.frames_received && $util.isInteger(message.frames_received.low) && $util.isInteger(message.frames_received.high)))
                        return "frames_received: integer|Long expected";
                if (message.frames_late != null && $Object.hasOwnProperty.call(message, "frames_late"))
                    if (!$util.isInteger(message.frames_late) && !(message.frames_late && $util.isInteger(message.frames_late.low) && $util.isInteger(message.frames_late.high)))
                        return "frames_late: integer|Long expected";
                if (message.frames_dropped != null && $Object.hasOwnProperty.call(message, "frames_dropped"))
                    if (!$util.isInteger(message.frames_dropped) && !(message.frames_dropped && $util.isInteger(message.frames_dropped.low) && $util.isInteger(message.frames_dropped.high)))
                        return "frames_dropped: integer|Long expected";
                if (message.frames_refused != null && $Object.hasOwnProperty.call(message, "frames_refused"))
                    if (!$util.isInteger(message.frames_refused) && !(message.frames_refused && $util.isInteger(message.frames_refused.low) && $util.isInteger(message.frames_refused.high)))
                        return "frames_refused: integer|Long expected";
                if (message.frame_rate_hz != null && $Object.hasOwnProperty.call(message, "frame_rate_hz"))
                    if (typeof message.frame_rate_hz !== "number")
                        return "frame_rate_hz: number expected";
                if (message.clock_offset_s != null && $Object.hasOwnProperty.call(message, "clock_offset_s"))
                    if (typeof message.clock_offset_s !== "number")
                        return "clock_offset_s: number expected";
                if (message.clock_uncertainty_s != null && $Object.hasOwnProperty.call(message, "clock_uncertainty_s"))
                    if (typeof message.clock_uncertainty_s !== "number")
                        return "clock_uncertainty_s: number expected";
                if (message.clock_synced != null && $Object.hasOwnProperty.call(message, "clock_synced"))
                    if (typeof message.clock_synced !== "boolean")
                        return "clock_synced: boolean expected";
                if (message.frames_refused_jump != null && $Object.hasOwnProperty.call(message, "frames_refused_jump"))
                    if (!$util.isInteger(message.frames_refused_jump) && !(message.frames_refused_jump && $util.isInteger(message.frames_refused_jump.low) && $util.isInteger(message.frames_refused_jump.high)))
                        return "frames_refused_jump: integer|Long expected";
                if (message.frames_lost != null && $Object.hasOwnProperty.call(message, "frames_lost"))
                    if (!$util.isInteger(message.frames_lost) && !(message.frames_lost && $util.isInteger(message.frames_lost.low) && $util.isInteger(message.frames_lost.high)))
                        return "frames_lost: integer|Long expected";
                if (message.frames_received_rtc != null && $Object.hasOwnProperty.call(message, "frames_received_rtc"))
                    if (!$util.isInteger(message.frames_received_rtc) && !(message.frames_received_rtc && $util.isInteger(message.frames_received_rtc.low) && $util.isInteger(message.frames_received_rtc.high)))
                        return "frames_received_rtc: integer|Long expected";
                return null;
            };

            /**
             * Creates a LinkFigures message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.LinkFigures
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.LinkFigures} LinkFigures
             */
            LinkFigures.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.LinkFigures)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.LinkFigures: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.LinkFigures();
                if (object.rtt_s != null)
                    if (!$Object.is($Number(object.rtt_s), 0))
                        message.rtt_s = $Number(object.rtt_s);
                if (object.one_way_delay_s != null)
                    if (!$Object.is($Number(object.one_way_delay_s), 0))
                        message.one_way_delay_s = $Number(object.one_way_delay_s);
                if (object.jitter_s != null)
                    if (!$Object.is($Number(object.jitter_s), 0))
                        message.jitter_s = $Number(object.jitter_s);
                if (object.loss_ratio != null)
                    if (!$Object.is($Number(object.loss_ratio), 0))
                        message.loss_ratio = $Number(object.loss_ratio);
                if (object.playout_delay_s != null)
                    if (!$Object.is($Number(object.playout_delay_s), 0))
                        message.playout_delay_s = $Number(object.playout_delay_s);
                if (object.frames_received != null)
                    if (typeof object.frames_received === "object" ? object.frames_received.low || object.frames_received.high : $Number(object.frames_received) !== 0)
                        if ($util.Long)
                            message.frames_received = $util.Long.fromValue(object.frames_received, true);
                        else if (typeof object.frames_received === "string")
                            message.frames_received = $parseInt(object.frames_received, 10);
                        else if (typeof object.frames_received === "number")
                            message.frames_received = object.frames_received;
                        else if (typeof object.frames_received === "object")
                            message.frames_received = new $util.LongBits(object.frames_received.low >>> 0, object.frames_received.high >>> 0).toNumber(true);
                if (object.frames_late != null)
                    if (typeof object.frames_late === "object" ? object.frames_late.low || object.frames_late.high : $Number(object.frames_late) !== 0)
                        if ($util.Long)
                            message.frames_late = $util.Long.fromValue(object.frames_late, true);
                        else if (typeof object.frames_late === "string")
                            message.frames_late = $parseInt(object.frames_late, 10);
                        else if (typeof object.frames_late === "number")
                            message.frames_late = object.frames_late;
                        else if (typeof object.frames_late === "object")
                            message.frames_late = new $util.LongBits(object.frames_late.low >>> 0, object.frames_late.high >>> 0).toNumber(true);
                if (object.frames_dropped != null)
                    if (typeof object.frames_dropped === "object" ? object.frames_dropped.low || object.frames_dropped.high : $Number(object.frames_dropped) !== 0)
                        if ($util.Long)
                            message.frames_dropped = $util.Long.fromValue(object.frames_dropped, true);
                        else if (typeof object.frames_dropped === "string")
                            message.frames_dropped = $parseInt(object.frames_dropped, 10);
                        else if (typeof object.frames_dropped === "number")
                            message.frames_dropped = object.frames_dropped;
                        else if (typeof object.frames_dropped === "object")
                            message.frames_dropped = new $util.LongBits(object.frames_dropped.low >>> 0, object.frames_dropped.high >>> 0).toNumber(true);
                if (object.frames_refused != null)
                    if (typeof object.frames_refused === "object" ? object.frames_refused.low || object.frames_refused.high : $Number(object.frames_refused) !== 0)
                        if ($util.Long)
                            message.frames_refused = $util.Long.fromValue(object.frames_refused, true);
                        else if (typeof object.frames_refused === "string")
                            message.frames_refused = $parseInt(object.frames_refused, 10);
                        else if (typeof object.frames_refused === "number")
                            message.frames_refused = object.frames_refused;
                        else if (typeof object.frames_refused === "object")
                            message.frames_refused = new $util.LongBits(object.frames_refused.low >>> 0, object.frames_refused.high >>> 0).toNumber(true);
                if (object.frame_rate_hz != null)
                    if (!$Object.is($Number(object.frame_rate_hz), 0))
                        message.frame_rate_hz = $Number(object.frame_rate_hz);
                if (object.clock_offset_s != null)
                    if (!$Object.is($Number(object.clock_offset_s), 0))
                        message.clock_offset_s = $Number(object.clock_offset_s);
                if (object.clock_uncertainty_s != null)
                    if (!$Object.is($Number(object.clock_uncertainty_s), 0))
                        message.clock_uncertainty_s = $Number(object.clock_uncertainty_s);
                if (object.clock_synced != null)
                    if (object.clock_synced)
                        message.clock_synced = $Boolean(object.clock_synced);
                if (object.frames_refused_jump != null)
                    if (typeof object.frames_refused_jump === "object" ? object.frames_refused_jump.low || object.frames_refused_jump.high : $Number(object.frames_refused_jump) !== 0)
                        if ($util.Long)
                            message.frames_refused_jump = $util.Long.fromValue(object.frames_refused_jump, true);
                        else if (typeof object.frames_refused_jump === "string")
                            message.frames_refused_jump = $parseInt(object.frames_refused_jump, 10);
                        else if (typeof object.frames_refused_jump === "number")
                            message.frames_refused_jump = object.frames_refused_jump;
                        else if (typeof object.frames_refused_jump === "object")
                            message.frames_refused_jump = new $util.LongBits(object.frames_refused_jump.low >>> 0, object.frames_refused_jump.high >>> 0).toNumber(true);
                if (object.frames_lost != null)
                    if (typeof object.frames_lost === "object" ? object.frames_lost.low || object.frames_lost.high : $Number(object.frames_lost) !== 0)
                        if ($util.Long)
                            message.frames_lost = $util.Long.fromValue(object.frames_lost, true);
                        else if (typeof object.frames_lost === "string")
                            message.frames_lost = $parseInt(object.frames_lost, 10);
                        else if (typeof object.frames_lost === "number")
                            message.frames_lost = object.frames_lost;
                        else if (typeof object.frames_lost === "object")
                            message.frames_lost = new $util.LongBits(object.frames_lost.low >>> 0, object.frames_lost.high >>> 0).toNumber(true);
                if (object.frames_received_rtc != null)
                    if (typeof object.frames_received_rtc === "object" ? object.frames_received_rtc.low || object.frames_received_rtc.high : $Number(object.frames_received_rtc) !== 0)
                        if ($util.Long)
                            message.frames_received_rtc = $util.Long.fromValue(object.frames_received_rtc, true);
                        else if (typeof object.frames_received_rtc === "string")
                            message.frames_received_rtc = $parseInt(object.frames_received_rtc, 10);
                        else if (typeof object.frames_received_rtc === "number")
                            message.frames_received_rtc = object.frames_received_rtc;
                        else if (typeof object.frames_received_rtc === "object")
                            message.frames_received_rtc = new $util.LongBits(object.frames_received_rtc.low >>> 0, object.frames_received_rtc.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a LinkFigures message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.LinkFigures
             * @static
             * @param {farhand.v1.LinkFigures} message LinkFigures
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LinkFigures.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.rtt_s = 0;
                    object.one_way_delay_s = 0;
                    object.jitter_s = 0;
                    object.loss_ratio = 0;
                    object.playout_delay_s = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.frames_received = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.frames_received = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.frames_late = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.frames_late = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.frames_dropped = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.frames_dropped = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.frames_refused = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.frames_refused = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.frame_rate_hz = 0;
                    object.clock_offset_s = 0;
                    object.clock_uncertainty_s = 0;
                    object.clock_synced = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.frames_refused_jump = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.frames_refused_jump = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.frames_lost = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.frames_lost = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.frames_received_rtc = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.frames_received_rtc = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.rtt_s != null && $Object.hasOwnProperty.call(message, "rtt_s"))
                    object.rtt_s = options.json && !$isFinite(message.rtt_s) ? $String(message.rtt_s) : message.rtt_s;
                if (message.one_way_delay_s != null && $Object.hasOwnProperty.call(message, "one_way_delay_s"))
                    object.one_way_delay_s = options.json && !$isFinite(message.one_way_delay_s) ? $String(message.one_way_delay_s) : message.one_way_delay_s;
                if (message.jitter_s != null && $Object.hasOwnProperty.call(message, "jitter_s"))
                    object.jitter_s = options.json && !$isFinite(message.jitter_s) ? $String(message.jitter_s) : message.jitter_s;
                if (message.loss_ratio != null && $Object.hasOwnProperty.call(message, "loss_ratio"))
                    object.loss_ratio = options.json && !$isFinite(message.loss_ratio) ? $String(message.loss_ratio) : message.loss_ratio;
                if (message.playout_delay_s != null && $Object.hasOwnProperty.call(message, "playout_delay_s"))
                    object.playout_delay_s = options.json && !$isFinite(message.playout_delay_s) ? $String(message.playout_delay_s) : message.playout_delay_s;
                if (message.frames_received != null && $Object.hasOwnProperty.call(message, "frames_received"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.frames_received = typeof message.frames_received === "number" ? $BigInt(message.frames_received) : $util.Long.fromBits(message.frames_received.low >>> 0, message.frames_received.high >>> 0, true).toBigInt();
                    else if (typeof message.frames_received === "number")
                        object.frames_received = options.longs === $String ? $String(message.frames_received) : message.frames_received;
                    else
                        object.frames_received = options.longs === $String ? $util.Long.prototype.toString.call(message.frames_received) : options.longs === $Number ? new $util.LongBits(message.frames_received.low >>> 0, message.frames_received.high >>> 0).toNumber(true) : message.frames_received;
                if (message.frames_late != null && $Object.hasOwnProperty.call(message, "frames_late"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.frames_late = typeof message.frames_late === "number" ? $BigInt(message.frames_late) : $util.Long.fromBits(message.frames_late.low >>> 0, message.frames_late.high >>> 0, true).toBigInt();
                    else if (typeof message.frames_late === "number")
                        object.frames_late = options.longs === $String ? $String(message.frames_late) : message.frames_late;
                    else
                        object.frames_late = options.longs === $String ? $util.Long.prototype.toString.call(message.frames_late) : options.longs === $Number ? new $util.LongBits(message.frames_late.low >>> 0, message.frames_late.high >>> 0).toNumber(true) : message.frames_late;
                if (message.frames_dropped != null && $Object.hasOwnProperty.call(message, "frames_dropped"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.frames_dropped = typeof message.frames_dropped === "number" ? $BigInt(message.frames_dropped) : $util.Long.fromBits(message.frames_dropped.low >>> 0, message.frames_dropped.high >>> 0, true).toBigInt();
                    else if (typeof message.frames_dropped === "number")
                        object.frames_dropped = options.longs === $String ? $String(message.frames_dropped) : message.frames_dropped;
                    else
                        object.frames_dropped = options.longs === $String ? $util.Long.prototype.toString.call(message.frames_dropped) : options.longs === $Number ? new $util.LongBits(message.frames_dropped.low >>> 0, message.frames_dropped.high >>> 0).toNumber(true) : message.frames_dropped;
                if (message.frames_refused != null && $Object.hasOwnProperty.call(message, "frames_refused"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.frames_refused = typeof message.frames_refused === "number" ? $BigInt(message.frames_refused) : $util.Long.fromBits(message.frames_refused.low >>> 0, message.frames_refused.high >>> 0, true).toBigInt();
                    else if (typeof message.frames_refused === "number")
                        object.frames_refused = options.longs === $String ? $String(message.frames_refused) : message.frames_refused;
                    else
                        object.frames_refused = options.longs === $String ? $util.Long.prototype.toString.call(message.frames_refused) : options.longs === $Number ? new $util.LongBits(message.frames_refused.low >>> 0, message.frames_refused.high >>> 0).toNumber(true) : message.frames_refused;
                if (message.frame_rate_hz != null && $Object.hasOwnProperty.call(message, "frame_rate_hz"))
                    object.frame_rate_hz = options.json && !$isFinite(message.frame_rate_hz) ? $String(message.frame_rate_hz) : message.frame_rate_hz;
                if (message.clock_offset_s != null && $Object.hasOwnProperty.call(message, "clock_offset_s"))
                    object.clock_offset_s = options.json && !$isFinite(message.clock_offset_s) ? $String(message.clock_offset_s) : message.clock_offset_s;
                if (message.clock_uncertainty_s != null && $Object.hasOwnProperty.call(message, "clock_uncertainty_s"))
                    object.clock_uncertainty_s = options.json && !$isFinite(message.clock_uncertainty_s) ? $String(message.clock_uncertainty_s) : message.clock_uncertainty_s;
                if (message.clock_synced != null && $Object.hasOwnProperty.call(message, "clock_synced"))
                    object.clock_synced = message.clock_synced;
                if (message.frames_refused_jump != null && $Object.hasOwnProperty.call(message, "frames_refused_jump"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.frames_refused_jump = typeof message.frames_refused_jump === "number" ? $BigInt(message.frames_refused_jump) : $util.Long.fromBits(message.frames_refused_jump.low >>> 0, message.frames_refused_jump.high >>> 0, true).toBigInt();
                    else if (typeof message.frames_refused_jump === "number")
                        object.frames_refused_jump = options.longs === $String ? $String(message.frames_refused_jump) : message.frames_refused_jump;
                    else
                        object.frames_refused_jump = options.longs === $String ? $util.Long.prototype.toString.call(message.frames_refused_jump) : options.longs === $Number ? new $util.LongBits(message.frames_refused_jump.low >>> 0, message.frames_refused_jump.high >>> 0).toNumber(true) : message.frames_refused_jump;
                if (message.frames_lost != null && $Object.hasOwnProperty.call(message, "frames_lost"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.frames_lost = typeof message.frames_lost === "number" ? $BigInt(message.frames_lost) : $util.Long.fromBits(message.frames_lost.low >>> 0, message.frames_lost.high >>> 0, true).toBigInt();
                    else if (typeof message.frames_lost === "number")
                        object.frames_lost = options.longs === $String ? $String(message.frames_lost) : message.frames_lost;
                    else
                        object.frames_lost = options.longs === $String ? $util.Long.prototype.toString.call(message.frames_lost) : options.longs === $Number ? new $util.LongBits(message.frames_lost.low >>> 0, message.frames_lost.high >>> 0).toNumber(true) : message.frames_lost;
                if (message.frames_received_rtc != null && $Object.hasOwnProperty.call(message, "frames_received_rtc"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.frames_received_rtc = typeof message.frames_received_rtc === "number" ? $BigInt(message.frames_received_rtc) : $util.Long.fromBits(message.frames_received_rtc.low >>> 0, message.frames_received_rtc.high >>> 0, true).toBigInt();
                    else if (typeof message.frames_received_rtc === "number")
                        object.frames_received_rtc = options.longs === $String ? $String(message.frames_received_rtc) : message.frames_received_rtc;
                    else
                        object.frames_received_rtc = options.longs === $String ? $util.Long.prototype.toString.call(message.frames_received_rtc) : options.longs === $Number ? new $util.LongBits(message.frames_received_rtc.low >>> 0, message.frames_received_rtc.high >>> 0).toNumber(true) : message.frames_received_rtc;
                return object;
            };

            /**
             * Converts this LinkFigures to JSON.
             * @function toJSON
             * @memberof farhand.v1.LinkFigures
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LinkFigures.prototype.toJSON = function() {
                return LinkFigures.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LinkFigures;
        })();

        v1.Telemetry = (function() {

            /**
             * Properties of a Telemetry.
             * @typedef {Object} farhand.v1.Telemetry.$Properties
             * @property {number|null} [agent_time_ns] agent monotonic clock
             * @property {farhand.v1.SupervisorState|null} [state] Telemetry state
             * @property {string|null} [reason] stable code of the last transition (e.g. LINK_STALE)
             * @property {farhand.v1.Pose.$Properties|null} [measured_cp] measured tool tip pose, PSM base (RCM) frame
             * @property {farhand.v1.Pose.$Properties|null} [setpoint_cp] commanded tool tip pose
             * @property {Array.<number>|null} [measured_js] joint positions: rad, insertion in m (6 joints)
             * @property {Array.<number>|null} [setpoint_js] Telemetry setpoint_js
             * @property {number|null} [jaw_measured_rad] Telemetry jaw_measured_rad
             * @property {number|null} [jaw_setpoint_rad] Telemetry jaw_setpoint_rad
             * @property {number|null} [last_applied_seq] seq of the newest frame played out
             * @property {farhand.v1.LinkFigures.$Properties|null} [link] figures for the controlling console
             * @property {farhand.v1.ArmOperatingState|null} [operating_state] Telemetry operating_state
             * @property {string|null} [controller_session_id] Telemetry controller_session_id
             * @property {number|null} [motion_scale] Telemetry motion_scale
             * @property {number|null} [arm_id] Telemetry arm_id
             * @property {farhand.v1.Pose.$Properties|null} [master_cp] newest master pose played out, console frame
             * @property {number|null} [loop_overruns] Telemetry loop_overruns
             * @property {number|null} [loop_period_error_p99_s] Telemetry loop_period_error_p99_s
             * @property {boolean|null} [recording] Telemetry recording
             * @property {number|null} [recording_bytes] Telemetry recording_bytes
             * @property {number|null} [total_delay_s] Hand-to-setpoint delay and its parts, measured (not assumed): total = playout + filter + tick.
             * @property {number|null} [filter_delay_s] delay the tremor filter adds at surgical frequencies (0 when zero-phase)
             * @property {number|null} [tick_delay_s] quantisation of the control tick and the loop's own latency
             * @property {boolean|null} [tremor_filter_causal] true when the buffer is too short for the zero-phase filter
             * @property {farhand.v1.MasterKind|null} [master_kind] orientation mode in force for the controller
             * @property {farhand.v1.MotionTransport|null} [motion_transport] what carried the controller's newest motion frame
             * @property {Array.<farhand.v1.ArmTelemetry.$Properties>|null} [arms] Protocol 1.1. The fields above describe the first arm (arm_ids[0]); `arms` describes every arm,
             * the first included, from the same tick.
             * @property {boolean|null} [camera_mode] the camera pedal is held and the ECM follows the hands
             * @property {farhand.v1.VideoFigures.$Properties|null} [video] Issue 14 (fields 40-49): the field's video as the controlling console reports it (its newest
             * VideoReport, validated), plus what the agent sent. Absent: no console reports video.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Telemetry.
             * @memberof farhand.v1
             * @interface ITelemetry
             * @augments farhand.v1.Telemetry.$Properties
             * @deprecated Use farhand.v1.Telemetry.$Properties instead.
             */

            /**
             * Shape of a Telemetry.
             * @typedef {farhand.v1.Telemetry.$Properties} farhand.v1.Telemetry.$Shape
             */

            /**
             * Constructs a new Telemetry.
             * @memberof farhand.v1
             * @classdesc Represents a Telemetry.
             * @constructor
             * @param {farhand.v1.Telemetry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Telemetry = function (properties) {
                this.measured_js = [];
                this.setpoint_js = [];
                this.arms = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * agent monotonic clock
             * @member {number} agent_time_ns
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.agent_time_ns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Telemetry state.
             * @member {farhand.v1.SupervisorState} state
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.state = 0;

            /**
             * stable code of the last transition (e.g. LINK_STALE)
             * @member {string} reason
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.reason = "";

            /**
             * measured tool tip pose, PSM base (RCM) frame
             * @member {farhand.v1.Pose.$Properties|null|undefined} measured_cp
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.measured_cp = null;

            /**
             * commanded tool tip pose
             * @member {farhand.v1.Pose.$Properties|null|undefined} setpoint_cp
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.setpoint_cp = null;

            /**
             * joint positions: rad, insertion in m (6 joints)
             * @member {Array.<number>} measured_js
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.measured_js = $util.emptyArray;

            /**
             * Telemetry setpoint_js.
             * @member {Array.<number>} setpoint_js
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.setpoint_js = $util.emptyArray;

            /**
             * Telemetry jaw_measured_rad.
             * @member {number} jaw_measured_rad
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.jaw_measured_rad = 0;

            /**
             * Telemetry jaw_setpoint_rad.
             * @member {number} jaw_setpoint_rad
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.jaw_setpoint_rad = 0;

            /**
             * seq of the newest frame played out
             * @member {number} last_applied_seq
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.last_applied_seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * figures for the controlling console
             * @member {farhand.v1.LinkFigures.$Properties|null|undefined} link
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.link = null;

            /**
             * Telemetry operating_state.
             * @member {farhand.v1.ArmOperatingState} operating_state
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.operating_state = 0;

            /**
             * Telemetry controller_session_id.
             * @member {string} controller_session_id
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.controller_session_id = "";

            /**
             * Telemetry motion_scale.
             * @member {number} motion_scale
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.motion_scale = 0;

            /**
             * Telemetry arm_id.
             * @member {number} arm_id
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.arm_id = 0;

            /**
             * newest master pose played out, console frame
             * @member {farhand.v1.Pose.$Properties|null|undefined} master_cp
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.master_cp = null;

            /**
             * Telemetry loop_overruns.
             * @member {number} loop_overruns
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.loop_overruns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Telemetry loop_period_error_p99_s.
             * @member {number} loop_period_error_p99_s
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.loop_period_error_p99_s = 0;

            /**
             * Telemetry recording.
             * @member {boolean} recording
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.recording = false;

            /**
             * Telemetry recording_bytes.
             * @member {number} recording_bytes
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.recording_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Hand-to-setpoint delay and its parts, measured (not assumed): total = playout + filter + tick.
             * @member {number} total_delay_s
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.total_delay_s = 0;

            /**
             * delay the tremor filter adds at surgical frequencies (0 when zero-phase)
             * @member {number} filter_delay_s
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.filter_delay_s = 0;

            /**
             * quantisation of the control tick and the loop's own latency
             * @member {number} tick_delay_s
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.tick_delay_s = 0;

            /**
             * true when the buffer is too short for the zero-phase filter
             * @member {boolean} tremor_filter_causal
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.tremor_filter_causal = false;

            /**
             * orientation mode in force for the controller
             * @member {farhand.v1.MasterKind} master_kind
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.master_kind = 0;

            /**
             * what carried the controller's newest motion frame
             * @member {farhand.v1.MotionTransport} motion_transport
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.motion_transport = 0;

            /**
             * Protocol 1.1. The fields above describe the first arm (arm_ids[0]); `arms` describes every arm,
             * the first included, from the same tick.
             * @member {Array.<farhand.v1.ArmTelemetry.$Properties>} arms
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.arms = $util.emptyArray;

            /**
             * the camera pedal is held and the ECM follows the hands
             * @member {boolean} camera_mode
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.camera_mode = false;

            /**
             * Issue 14 (fields 40-49): the field's video as the controlling console reports it (its newest
             * VideoReport, validated), plus what the agent sent. Absent: no console reports video.
             * @member {farhand.v1.VideoFigures.$Properties|null|undefined} video
             * @memberof farhand.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.video = null;

            /**
             * Creates a new Telemetry instance using the specified properties.
             * @function create
             * @memberof farhand.v1.Telemetry
             * @static
             * @param {farhand.v1.Telemetry.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.Telemetry} Telemetry instance
             * @type {{
             *   (properties: farhand.v1.Telemetry.$Shape): farhand.v1.Telemetry & farhand.v1.Telemetry.$Shape;
             *   (properties?: farhand.v1.Telemetry.$Properties): farhand.v1.Telemetry;
             * }}
             */
            Telemetry.create = function(properties) {
                return new Telemetry(properties);
            };

            /**
             * Encodes the specified Telemetry message. Does not implicitly {@link farhand.v1.Telemetry.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.Telemetry
             * @static
             * @param {farhand.v1.Telemetry.$Properties} message Telemetry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Telemetry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agent_time_ns != null && $Object.hasOwnProperty.call(message, "agent_time_ns") && (typeof message.agent_time_ns === "object" ? message.agent_time_ns.low || message.agent_time_ns.high : message.agent_time_ns !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.agent_time_ns);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.measured_cp != null && $Object.hasOwnProperty.call(message, "measured_cp"))
                    $root.farhand.v1.Pose.encode(message.measured_cp, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.setpoint_cp != null && $Object.hasOwnProperty.call(message, "setpoint_cp"))
                    $root.farhand.v1.Pose.encode(message.setpoint_cp, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.measured_js != null && message.measured_js.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).doubles(message.measured_js);
                if (message.setpoint_js != null && message.setpoint_js.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).doubles(message.setpoint_js);
                if (message.jaw_measured_rad != null && $Object.hasOwnProperty.call(message, "jaw_measured_rad") && !$Object.is(message.jaw_measured_rad, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.jaw_measured_rad);
                if (message.jaw_setpoint_rad != null && $Object.hasOwnProperty.call(message, "jaw_setpoint_rad") && !$Object.is(message.jaw_setpoint_rad, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.jaw_setpoint_rad);
                if (message.last_applied_seq != null && $Object.hasOwnProperty.call(message, "last_applied_seq") && (typeof message.last_applied_seq === "object" ? message.last_applied_seq.low || message.last_applied_seq.high : message.last_applied_seq !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.last_applied_seq);
                if (message.link != null && $Object.hasOwnProperty.call(message, "link"))
                    $root.farhand.v1.LinkFigures.encode(message.link, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.operating_state != null && $Object.hasOwnProperty.call(message, "operating_state") && message.operating_state !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).int32(message.operating_state);
                if (message.controller_session_id != null && $Object.hasOwnProperty.call(message, "controller_session_id") && message.controller_session_id !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.controller_session_id);
                if (message.motion_scale != null && $Object.hasOwnProperty.call(message, "motion_scale") && !$Object.is(message.motion_scale, 0))
                    writer.uint32(/* id 14, wireType 1 =*/113).double(message.motion_scale);
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id") && message.arm_id !== 0)
                    writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.arm_id);
                if (message.master_cp != null && $Object.hasOwnProperty.call(message, "master_cp"))
                    $root.farhand.v1.Pose.encode(message.master_cp, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.loop_overruns != null && $Object.hasOwnProperty.call(message, "loop_overruns") && (typeof message.loop_overruns === "object" ? message.loop_overruns.low || message.loop_overruns.high : message.loop_overruns !== 0))
                    writer.uint32(/* id 17, wireType 0 =*/136).uint64(message.loop_overruns);
                if (message.loop_period_error_p99_s != null && $Object.hasOwnProperty.call(message, "loop_period_error_p99_s") && !$Object.is(message.loop_period_error_p99_s, 0))
                    writer.uint32(/* id 18, wireType 1 =*/145).double(message.loop_period_error_p99_s);
                if (message.recording != null && $Object.hasOwnProperty.call(message, "recording") && message.recording !== false)
                    writer.uint32(/* id 19, wireType 0 =*/152).bool(message.recording);
                if (message.recording_bytes != null && $Object.hasOwnProperty.call(message, "recording_bytes") && (typeof message.recording_bytes === "object" ? message.recording_bytes.low || message.recording_bytes.high : message.recording_bytes !== 0))
                    writer.uint32(/* id 20, wireType 0 =*/160).uint64(message.recording_bytes);
                if (message.total_delay_s != null && $Object.hasOwnProperty.call(message, "total_delay_s") && !$Object.is(message.total_delay_s, 0))
                    writer.uint32(/* id 21, wireType 1 =*/169).double(message.total_delay_s);
                if (message.filter_delay_s != null && $Object.hasOwnProperty.call(message, "filter_delay_s") && !$Object.is(message.filter_delay_s, 0))
                    writer.uint32(/* id 22, wireType 1 =*/177).double(message.filter_delay_s);
                if (message.tick_delay_s != null && $Object.hasOwnProperty.call(message, "tick_delay_s") && !$Object.is(message.tick_delay_s, 0))
                    writer.uint32(/* id 23, wireType 1 =*/185).double(message.tick_delay_s);
                if (message.tremor_filter_causal != null && $Object.hasOwnProperty.call(message, "tremor_filter_causal") && message.tremor_filter_causal !== false)
                    writer.uint32(/* id 24, wireType 0 =*/192).bool(message.tremor_filter_causal);
                if (message.master_kind != null && $Object.hasOwnProperty.call(message, "master_kind") && message.master_kind !== 0)
                    writer.uint32(/* id 25, wireType 0 =*/200).int32(message.master_kind);
                if (message.motion_transport != null && $Object.hasOwnProperty.call(message, "motion_transport") && message.motion_transport !== 0)
                    writer.uint32(/* id 30, wireType 0 =*/240).int32(message.motion_transport);
                if (message.arms != null && message.arms.length)
                    for (let i = 0; i < message.arms.length; ++i)
                        $root.farhand.v1.ArmTelemetry.encode(message.arms[i], writer.uint32(/* id 31, wireType 2 =*/250).fork(), _depth + 1).ldelim();
                if (message.camera_mode != null && $Object.hasOwnProperty.call(message, "camera_mode") && message.camera_mode !== false)
                    writer.uint32(/* id 32, wireType 0 =*/256).bool(message.camera_mode);
                if (message.video != null && $Object.hasOwnProperty.call(message, "video"))
                    $root.farhand.v1.VideoFigures.encode(message.video, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Telemetry message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.Telemetry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.Telemetry & farhand.v1.Telemetry.$Shape} Telemetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Telemetry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.Telemetry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.agent_time_ns = value;
                            else
                                delete message.agent_time_ns;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.measured_cp = $root.farhand.v1.Pose.decode(reader, reader.size(), $undefined, _depth + 1, message.measured_cp);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.setpoint_cp = $root.farhand.v1.Pose.decode(reader, reader.size(), $undefined, _depth + 1, message.setpoint_cp);
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.measured_js && message.measured_js.length))
                                    message.measured_js = [];
                                reader.doubles(message.measured_js);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.measured_js && message.measured_js.length))
                                message.measured_js = [];
                            message.measured_js.push(reader.double());
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.setpoint_js && message.setpoint_js.length))
                                    message.setpoint_js = [];
                                reader.doubles(message.setpoint_js);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.setpoint_js && message.setpoint_js.length))
                                message.setpoint_js = [];
                            message.setpoint_js.push(reader.double());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.jaw_measured_rad = value;
                            else
                                delete message.jaw_measured_rad;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.jaw_setpoint_rad = value;
                            else
                                delete message.jaw_setpoint_rad;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.last_applied_seq = value;
                            else
                                delete message.last_applied_seq;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.link = $root.farhand.v1.LinkFigures.decode(reader, reader.size(), $undefined, _depth + 1, message.link);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.operating_state = value;
                            else
                                delete message.operating_state;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.controller_session_id = value;
                            else
                                delete message.controller_session_id;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.motion_scale = value;
                            else
                                delete message.motion_scale;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.arm_id = value;
                            else
                                delete message.arm_id;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.master_cp = $root.farhand.v1.Pose.decode(reader, reader.size(), $undefined, _depth + 1, message.master_cp);
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.loop_overruns = value;
                            else
                                delete message.loop_overruns;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.loop_period_error_p99_s = value;
                            else
                                delete message.loop_period_error_p99_s;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.recording = value;
                            else
                                delete message.recording;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.recording_bytes = value;
                            else
                                delete message.recording_bytes;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.total_delay_s = value;
                            else
                                delete message.total_delay_s;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.filter_delay_s = value;
                            else
                                delete message.filter_delay_s;
                            continue;
                        }
                    case 23: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.tick_delay_s = value;
                            else
                                delete message.tick_delay_s;
                            continue;
                        }
                    case 24: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.tremor_filter_causal = value;
                            else
                                delete message.tremor_filter_causal;
                            continue;
                        }
                    case 25: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.master_kind = value;
                            else
                                delete message.master_kind;
                            continue;
                        }
                    case 30: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.motion_transport = value;
                            else
                                delete message.motion_transport;
                            continue;
                        }
                    case 31: {
                            if (wireType !== 2)
                                break;
                            if (!(message.arms && message.arms.length))
                                message.arms = [];
                            message.arms.push($root.farhand.v1.ArmTelemetry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 32: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.camera_mode = value;
                            else
                                delete message.camera_mode;
                            continue;
                        }
                    case 40: {
                            if (wireType !== 2)
                                break;
                            message.video = $root.farhand.v1.VideoFigures.decode(reader, reader.size(), $undefined, _depth + 1, message.video);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Telemetry message.
             * @function verify
             * @memberof farhand.v1.Telemetry
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Telemetry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.agent_time_ns != null && $Object.hasOwnProperty.call(message, "agent_time_ns"))
                    if (!$util.isInteger(message.agent_time_ns) && !(message.agent_time_ns && $util.isInteger(message.agent_time_ns.low) && $util.isInteger(message.agent_time_ns.high)))
                        return "agent_time_ns: integer|Long expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.measured_cp != null && $Object.hasOwnProperty.call(message, "measured_cp")) {
                    let error = $root.farhand.v1.Pose.verify(message.measured_cp, _depth + 1);
                    if (error)
                        return "measured_cp." + error;
                }
                if (message.setpoint_cp != null && $Object.hasOwnProperty.call(message, "setpoint_cp")) {
                    let error = $root.farhand.v1.Pose.verify(message.setpoint_cp, _depth + 1);
                    if (error)
                        return "setpoint_cp." + error;
                }
                if (message.measured_js != null && $Object.hasOwnProperty.call(message, "measured_js")) {
                    if (!$Array.isArray(message.measured_js))
                        return "measured_js: array expected";
                    for (let i = 0; i < message.measured_js.length; ++i)
                        if (typeof message.measured_js[i] !== "number")
                            return "measured_js: number[] expected";
                }
                if (message.setpoint_js != null && $Object.hasOwnProperty.call(message, "setpoint_js")) {
                    if (!$Array.isArray(message.setpoint_js))
                        return "setpoint_js: array expected";
                    for (let i = 0; i < message.setpoint_js.length; ++i)
                        if (typeof message.setpoint_js[i] !== "number")
                            return "setpoint_js: number[] expected";
                }
                if (message.jaw_measured_rad != null && $Object.hasOwnProperty.call(message, "jaw_measured_rad"))
                    if (typeof message.jaw_measured_rad !== "number")
                        return "jaw_measured_rad: number expected";
                if (message.jaw_setpoint_rad != null && $Object.hasOwnProperty.call(message, "jaw_setpoint_rad"))
                    if (typeof message.jaw_setpoint_rad !== "number")
                        return "jaw_setpoint_rad: number expected";
                if (message.last_applied_seq != null && $Object.hasOwnProperty.call(message, "last_applied_seq"))
                    if (!$util.isInteger(message.last_applied_seq) && !(message.last_applied_seq && $util.isInteger(message.last_applied_seq.low) && $util.isInteger(message.last_applied_seq.high)))
                        return "last_applied_seq: integer|Long expected";
                if (message.link != null && $Object.hasOwnProperty.call(message, "link")) {
                    let error = $root.farhand.v1.LinkFigures.verify(message.link, _depth + 1);
                    if (error)
                        return "link." + error;
                }
                if (message.operating_state != null && $Object.hasOwnProperty.call(message, "operating_state"))
                    if (typeof message.operating_state !== "number" || (message.operating_state | 0) !== message.operating_state)
                        return "operating_state: enum value expected";
                if (message.controller_session_id != null && $Object.hasOwnProperty.call(message, "controller_session_id"))
                    if (!$util.isString(message.controller_session_id))
                        return "controller_session_id: string expected";
                if (message.motion_scale != null && $Object.hasOwnProperty.call(message, "motion_scale"))
                    if (typeof message.motion_scale !== "number")
                        return "motion_scale: number expected";
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id"))
                    if (!$util.isInteger(message.arm_id))
                        return "arm_id: integer expected";
                if (message.master_cp != null && $Object.hasOwnProperty.call(message, "master_cp")) {
                    let error = $root.farhand.v1.Pose.verify(message.master_cp, _depth + 1);
                    if (error)
                        return "master_cp." + error;
                }
                if (message.loop_overruns != null && $Object.hasOwnProperty.call(message, "loop_overruns"))
                    if (!$util.isInteger(message.loop_overruns) && !(message.loop_overruns && $util.isInteger(message.loop_overruns.low) && $util.isInteger(message.loop_overruns.high)))
                        return "loop_overruns: integer|Long expected";
                if (message.loop_period_error_p99_s != null && $Object.hasOwnProperty.call(message, "loop_period_error_p99_s"))
                    if (typeof message.loop_period_error_p99_s !== "number")
                        return "loop_period_error_p99_s: number expected";
                if (message.recording != null && $Object.hasOwnProperty.call(message, "recording"))
                    if (typeof message.recording !== "boolean")
                        return "recording: boolean expected";
                if (message.recording_bytes != null && $Object.hasOwnProperty.call(message, "recording_bytes"))
                    if (!$util.isInteger(message.recording_bytes) && !(message.recording_bytes && $util.isInteger(message.recording_bytes.low) && $util.isInteger(message.recording_bytes.high)))
                        return "recording_bytes: integer|Long expected";
                if (message.total_delay_s != null && $Object.hasOwnProperty.call(message, "total_delay_s"))
                    if (typeof message.total_delay_s !== "number")
                        return "total_delay_s: number expected";
                if (message.filter_delay_s != null && $Object.hasOwnProperty.call(message, "filter_delay_s"))
                    if (typeof message.filter_delay_s !== "number")
                        return "filter_delay_s: number expected";
                if (message.tick_delay_s != null && $Object.hasOwnProperty.call(message, "tick_delay_s"))
                    if (typeof message.tick_delay_s !== "number")
                        return "tick_delay_s: number expected";
                if (message.tremor_filter_causal != null && $Object.hasOwnProperty.call(message, "tremor_filter_causal"))
                    if (typeof message.tremor_filter_causal !== "boolean")
                        return "tremor_filter_causal: boolean expected";
                if (message.master_kind != null && $Object.hasOwnProperty.call(message, "master_kind"))
                    if (typeof message.master_kind !== "number" || (message.master_kind | 0) !== message.master_kind)
                        return "master_kind: enum value expected";
                if (message.motion_transport != null && $Object.hasOwnProperty.call(message, "motion_transport"))
                    if (typeof message.motion_transport !== "number" || (message.motion_transport | 0) !== message.motion_transport)
                        return "motion_transport: enum value expected";
                if (message.arms != null && $Object.hasOwnProperty.call(message, "arms")) {
                    if (!$Array.isArray(message.arms))
                        return "arms: array expected";
                    for (let i = 0; i < message.arms.length; ++i) {
                        let error = $root.farhand.v1.ArmTelemetry.verify(message.arms[i], _depth + 1);
                        if (error)
                            return "arms." + error;
                    }
                }
                if (message.camera_mode != null && $Object.hasOwnProperty.call(message, "camera_mode"))
                    if (typeof message.camera_mode !== "boolean")
                        return "camera_mode: boolean expected";
                if (message.video != null && $Object.hasOwnProperty.call(message, "video")) {
                    let error = $root.farhand.v1.VideoFigures.verify(message.video, _depth + 1);
                    if (error)
                        return "video." + error;
                }
                return null;
            };

            /**
             * Creates a Telemetry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.Telemetry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.Telemetry} Telemetry
             */
            Telemetry.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.Telemetry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.Telemetry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.Telemetry();
                if (object.agent_time_ns != null)
                    if (typeof object.agent_time_ns === "object" ? object.agent_time_ns.low || object.agent_time_ns.high : $Number(object.agent_time_ns) !== 0)
                        if ($util.Long)
                            message.agent_time_ns = $util.Long.fromValue(object.agent_time_ns, true);
                        else if (typeof object.agent_time_ns === "string")
                            message.agent_time_ns = $parseInt(object.agent_time_ns, 10);
                        else if (typeof object.agent_time_ns === "number")
                            message.agent_time_ns = object.agent_time_ns;
                        else if (typeof object.agent_time_ns === "object")
                            message.agent_time_ns = new $util.LongBits(object.agent_time_ns.low >>> 0, object.agent_time_ns.high >>> 0).toNumber(true);
                if (object.state !== 0 && (typeof object.state !== "string" || $root.farhand.v1.SupervisorState[object.state] !== 0))
                    switch (object.state) {
                    case "SUPERVISOR_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "IDLE":
                    case 1:
                        message.state = 1;
                        break;
                    case "ENGAGING":
                    case 2:
                        message.state = 2;
                        break;
                    case "FOLLOWING":
                    case 3:
                        message.state = 3;
                        break;
                    case "CLUTCHED":
                    case 4:
                        message.state = 4;
                        break;
                    case "HOLDING":
                    case 5:
                        message.state = 5;
                        break;
                    case "FAULT":
                    case 6:
                        message.state = 6;
                        break;
                    case "ESTOPPED":
                    case 7:
                        message.state = 7;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.measured_cp != null) {
                    if (!$util.isObject(object.measured_cp))
                        throw $TypeError(".farhand.v1.Telemetry.measured_cp: object expected");
                    message.measured_cp = $root.farhand.v1.Pose.fromObject(object.measured_cp, _depth + 1);
                }
                if (object.setpoint_cp != null) {
                    if (!$util.isObject(object.setpoint_cp))
                        throw $TypeError(".farhand.v1.Telemetry.setpoint_cp: object expected");
                    message.setpoint_cp = $root.farhand.v1.Pose.fromObject(object.setpoint_cp, _depth + 1);
                }
                if (object.measured_js) {
                    if (!$Array.isArray(object.measured_js))
                        throw $TypeError(".farhand.v1.Telemetry.measured_js: array expected");
                    message.measured_js = $Array(object.measured_js.length);
                    for (let i = 0; i < object.measured_js.length; ++i)
                        message.measured_js[i] = $Number(object.measured_js[i]);
                }
                if (object.setpoint_js) {
                    if (!$Array.isArray(object.setpoint_js))
                        throw $TypeError(".farhand.v1.Telemetry.setpoint_js: array expected");
                    message.setpoint_js = $Array(object.setpoint_js.length);
                    for (let i = 0; i < object.setpoint_js.length; ++i)
                        message.setpoint_js[i] = $Number(object.setpoint_js[i]);
                }
                if (object.jaw_measured_rad != null)
                    if (!$Object.is($Number(object.jaw_measured_rad), 0))
                        message.jaw_measured_rad = $Number(object.jaw_measured_rad);
                if (object.jaw_setpoint_rad != null)
                    if (!$Object.is($Number(object.jaw_setpoint_rad), 0))
                        message.jaw_setpoint_rad = $Number(object.jaw_setpoint_rad);
                if (object.last_applied_seq != null)
                    if (typeof object.last_applied_seq === "object" ? object.last_applied_seq.low || object.last_applied_seq.high : $Number(object.last_applied_seq) !== 0)
                        if ($util.Long)
                            message.last_applied_seq = $util.Long.fromValue(object.last_applied_seq, true);
                        else if (typeof object.last_applied_seq === "string")
                            message.last_applied_seq = $parseInt(object.last_applied_seq, 10);
                        else if (typeof object.last_applied_seq === "number")
                            message.last_applied_seq = object.last_applied_seq;
                        else if (typeof object.last_applied_seq === "object")
                            message.last_applied_seq = new $util.LongBits(object.last_applied_seq.low >>> 0, object.last_applied_seq.high >>> 0).toNumber(true);
                if (object.link != null) {
                    if (!$util.isObject(object.link))
                        throw $TypeError(".farhand.v1.Telemetry.link: object expected");
                    message.link = $root.farhand.v1.LinkFigures.fromObject(object.link, _depth + 1);
                }
                if (object.operating_state !== 0 && (typeof object.operating_state !== "string" || $root.farhand.v1.ArmOperatingState[object.operating_state] !== 0))
                    switch (object.operating_state) {
                    case "ARM_STATE_UNSPECIFIED":
                    case 0:
                        message.operating_state = 0;
                        break;
                    case "ARM_DISABLED":
                    case 1:
                        message.operating_state = 1;
                        break;
                    case "ARM_ENABLED":
                    case 2:
                        message.operating_state = 2;
                        break;
                    case "ARM_PAUSED":
                    case 3:
                        message.operating_state = 3;
                        break;
                    case "ARM_FAULT":
                    case 4:
                        message.operating_state = 4;
                        break;
                    default:
                        if (typeof object.operating_state === "number" && (object.operating_state | 0) === object.operating_state)
                            message.operating_state = object.operating_state;
                    }
                if (object.controller_session_id != null)
                    if (typeof object.controller_session_id !== "string" || object.controller_session_id.length)
                        message.controller_session_id = $String(object.controller_session_id);
                if (object.motion_scale != null)
                    if (!$Object.is($Number(object.motion_scale), 0))
                        message.motion_scale = $Number(object.motion_scale);
                if (object.arm_id != null)
                    if ($Number(object.arm_id) !== 0)
                        message.arm_id = object.arm_id >>> 0;
                if (object.master_cp != null) {
                    if (!$util.isObject(object.master_cp))
                        throw $TypeError(".farhand.v1.Telemetry.master_cp: object expected");
                    message.master_cp = $root.farhand.v1.Pose.fromObject(object.master_cp, _depth + 1);
                }
                if (object.loop_overruns != null)
                    if (typeof object.loop_overruns === "object" ? object.loop_overruns.low || object.loop_overruns.high : $Number(object.loop_overruns) !== 0)
                        if ($util.Long)
                            message.loop_overruns = $util.Long.fromValue(object.loop_overruns, true);
                        else if (typeof object.loop_overruns === "string")
                            message.loop_overruns = $parseInt(object.loop_overruns, 10);
                        else if (typeof object.loop_overruns === "number")
                            message.loop_overruns = object.loop_overruns;
                        else if (typeof object.loop_overruns === "object")
                            message.loop_overruns = new $util.LongBits(object.loop_overruns.low >>> 0, object.loop_overruns.high >>> 0).toNumber(true);
                if (object.loop_period_error_p99_s != null)
                    if (!$Object.is($Number(object.loop_period_error_p99_s), 0))
                        message.loop_period_error_p99_s = $Number(object.loop_period_error_p99_s);
                if (object.recording != null)
                    if (object.recording)
                        message.recording = $Boolean(object.recording);
                if (object.recording_bytes != null)
                    if (typeof object.recording_bytes === "object" ? object.recording_bytes.low || object.recording_bytes.high : $Number(object.recording_bytes) !== 0)
                        if ($util.Long)
                            message.recording_bytes = $util.Long.fromValue(object.recording_bytes, true);
                        else if (typeof object.recording_bytes === "string")
                            message.recording_bytes = $parseInt(object.recording_bytes, 10);
                        else if (typeof object.recording_bytes === "number")
                            message.recording_bytes = object.recording_bytes;
                        else if (typeof object.recording_bytes === "object")
                            message.recording_bytes = new $util.LongBits(object.recording_bytes.low >>> 0, object.recording_bytes.high >>> 0).toNumber(true);
                if (object.total_delay_s != null)
                    if (!$Object.is($Number(object.total_delay_s), 0))
                        message.total_delay_s = $Number(object.total_delay_s);
                if (object.filter_delay_s != null)
                    if (!$Object.is($Number(object.filter_delay_s), 0))
                        message.filter_delay_s = $Number(object.filter_delay_s);
                if (object.tick_delay_s != null)
                    if (!$Object.is($Number(object.tick_delay_s), 0))
                        message.tick_delay_s = $Number(object.tick_delay_s);
                if (object.tremor_filter_causal != null)
                    if (object.tremor_filter_causal)
                        message.tremor_filter_causal = $Boolean(object.tremor_filter_causal);
                if (object.master_kind !== 0 && (typeof object.master_kind !== "string" || $root.farhand.v1.MasterKind[object.master_kind] !== 0))
                    switch (object.master_kind) {
                    case "MASTER_KIND_UNSPECIFIED":
                    case 0:
                        message.master_kind = 0;
                        break;
                    case "UNACTUATED":
                    case 1:
                        message.master_kind = 1;
                        break;
                    case "ACTUATED":
                    case 2:
                        message.master_kind = 2;
                        break;
                    default:
                        if (typeof object.master_kind === "number" && (object.master_kind | 0) === object.master_kind)
                            message.master_kind = object.master_kind;
                    }
                if (object.motion_transport !== 0 && (typeof object.motion_transport !== "string" || $root.farhand.v1.MotionTransport[object.motion_transport] !== 0))
                    switch (object.motion_transport) {
                    case "MOTION_TRANSPORT_UNSPECIFIED":
                    case 0:
                        message.motion_transport = 0;
                        break;
                    case "WEBSOCKET":
                    case 1:
                        message.motion_transport = 1;
                        break;
                    case "WEBRTC_DATACHANNEL":
                    case 2:
                        message.motion_transport = 2;
                        break;
                    default:
                        if (typeof object.motion_transport === "number" && (object.motion_transport | 0) === object.motion_transport)
                            message.motion_transport = object.motion_transport;
                    }
                if (object.arms) {
                    if (!$Array.isArray(object.arms))
                        throw $TypeError(".farhand.v1.Telemetry.arms: array expected");
                    message.arms = $Array(object.arms.length);
                    for (let i = 0; i < object.arms.length; ++i) {
                        if (!$util.isObject(object.arms[i]))
                            throw $TypeError(".farhand.v1.Telemetry.arms: object expected");
                        message.arms[i] = $root.farhand.v1.ArmTelemetry.fromObject(object.arms[i], _depth + 1);
                    }
                }
                if (object.camera_mode != null)
                    if (object.camera_mode)
                        message.camera_mode = $Boolean(object.camera_mode);
                if (object.video != null) {
                    if (!$util.isObject(object.video))
                        throw $TypeError(".farhand.v1.Telemetry.video: object expected");
                    message.video = $root.farhand.v1.VideoFigures.fromObject(object.video, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Telemetry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.Telemetry
             * @static
             * @param {farhand.v1.Telemetry} message Telemetry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Telemetry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.measured_js = [];
                    object.setpoint_js = [];
                    object.arms = [];
                }
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.agent_time_ns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.agent_time_ns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.state = options.enums === $String ? "SUPERVISOR_STATE_UNSPECIFIED" : 0;
                    object.reason = "";
                    object.measured_cp = null;
                    object.setpoint_cp = null;
                    object.jaw_measured_rad = 0;
                    object.jaw_setpoint_rad = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.last_applied_seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.last_applied_seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.link = null;
                    object.operating_state = options.enums === $String ? "ARM_STATE_UNSPECIFIED" : 0;
                    object.controller_session_id = "";
                    object.motion_scale = 0;
                    object.arm_id = 0;
                    object.master_cp = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.loop_overruns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.loop_overruns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.loop_period_error_p99_s = 0;
                    object.recording = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.recording_bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.recording_bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.total_delay_s = 0;
                    object.filter_delay_s = 0;
                    object.tick_delay_s = 0;
                    object.tremor_filter_causal = false;
                    object.master_kind = options.enums === $String ? "MASTER_KIND_UNSPECIFIED" : 0;
                    object.motion_transport = options.enums === $String ? "MOTION_TRANSPORT_UNSPECIFIED" : 0;
                    object.camera_mode = false;
                    object.video = null;
                }
                if (message.agent_time_ns != null && $Object.hasOwnProperty.call(message, "agent_time_ns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.agent_time_ns = typeof message.agent_time_ns === "number" ? $BigInt(message.agent_time_ns) : $util.Long.fromBits(message.agent_time_ns.low >>> 0, message.agent_time_ns.high >>> 0, true).toBigInt();
                    else if (typeof message.agent_time_ns === "number")
                        object.agent_time_ns = options.longs === $String ? $String(message.agent_time_ns) : message.agent_time_ns;
                    else
                        object.agent_time_ns = options.longs === $String ? $util.Long.prototype.toString.call(message.agent_time_ns) : options.longs === $Number ? new $util.LongBits(message.agent_time_ns.low >>> 0, message.agent_time_ns.high >>> 0).toNumber(true) : message.agent_time_ns;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.farhand.v1.SupervisorState[message.state] === $undefined ? message.state : $root.farhand.v1.SupervisorState[message.state] : message.state;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.measured_cp != null && $Object.hasOwnProperty.call(message, "measured_cp"))
                    object.measured_cp = $root.farhand.v1.Pose.toObject(message.measured_cp, options, _depth + 1);
                if (message.setpoint_cp != null && $Object.hasOwnProperty.call(message, "setpoint_cp"))
                    object.setpoint_cp = $root.farhand.v1.Pose.toObject(message.setpoint_cp, options, _depth + 1);
                if (message.measured_js && message.measured_js.length) {
                    object.measured_js = $Array(message.measured_js.length);
                    for (let j = 0; j < message.measured_js.length; ++j)
                        object.measured_js[j] = options.json && !$isFinite(message.measured_js[j]) ? $String(message.measured_js[j]) : message.measured_js[j];
                }
                if (message.setpoint_js && message.setpoint_js.length) {
                    object.setpoint_js = $Array(message.setpoint_js.length);
                    for (let j = 0; j < message.setpoint_js.length; ++j)
                        object.setpoint_js[j] = options.json && !$isFinite(message.setpoint_js[j]) ? $String(message.setpoint_js[j]) : message.setpoint_js[j];
                }
                if (message.jaw_measured_rad != null && $Object.hasOwnProperty.call(message, "jaw_measured_rad"))
                    object.jaw_measured_rad = options.json && !$isFinite(message.jaw_measured_rad) ? $String(message.jaw_measured_rad) : message.jaw_measured_rad;
                if (message.jaw_setpoint_rad != null && $Object.hasOwnProperty.call(message, "jaw_setpoint_rad"))
                    object.jaw_setpoint_rad = options.json && !$isFinite(message.jaw_setpoint_rad) ? $String(message.jaw_setpoint_rad) : message.jaw_setpoint_rad;
                if (message.last_applied_seq != null && $Object.hasOwnProperty.call(message, "last_applied_seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.last_applied_seq = typeof message.last_applied_seq === "number" ? $BigInt(message.last_applied_seq) : $util.Long.fromBits(message.last_applied_seq.low >>> 0, message.last_applied_seq.high >>> 0, true).toBigInt();
                    else if (typeof message.last_applied_seq === "number")
                        object.last_applied_seq = options.longs === $String ? $String(message.last_applied_seq) : message.last_applied_seq;
                    else
                        object.last_applied_seq = options.longs === $String ? $util.Long.prototype.toString.call(message.last_applied_seq) : options.longs === $Number ? new $util.LongBits(message.last_applied_seq.low >>> 0, message.last_applied_seq.high >>> 0).toNumber(true) : message.last_applied_seq;
                if (message.link != null && $Object.hasOwnProperty.call(message, "link"))
                    object.link = $root.farhand.v1.LinkFigures.toObject(message.link, options, _depth + 1);
                if (message.operating_state != null && $Object.hasOwnProperty.call(message, "operating_state"))
                    object.operating_state = options.enums === $String ? $root.farhand.v1.ArmOperatingState[message.operating_state] === $undefined ? message.operating_state : $root.farhand.v1.ArmOperatingState[message.operating_state] : message.operating_state;
                if (message.controller_session_id != null && $Object.hasOwnProperty.call(message, "controller_session_id"))
                    object.controller_session_id = message.controller_session_id;
                if (message.motion_scale != null && $Object.hasOwnProperty.call(message, "motion_scale"))
                    object.motion_scale = options.json && !$isFinite(message.motion_scale) ? $String(message.motion_scale) : message.motion_scale;
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id"))
                    object.arm_id = message.arm_id;
                if (message.master_cp != null && $Object.hasOwnProperty.call(message, "master_cp"))
                    object.master_cp = $root.farhand.v1.Pose.toObject(message.master_cp, options, _depth + 1);
                if (message.loop_overruns != null && $Object.hasOwnProperty.call(message, "loop_overruns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.loop_overruns = typeof message.loop_overruns === "number" ? $BigInt(message.loop_overruns) : $util.Long.fromBits(message.loop_overruns.low >>> 0, message.loop_overruns.high >>> 0, true).toBigInt();
                    else if (typeof message.loop_overruns === "number")
                        object.loop_overruns = options.longs === $String ? $String(message.loop_overruns) : message.loop_overruns;
                    else
                        object.loop_overruns = options.longs === $String ? $util.Long.prototype.toString.call(message.loop_overruns) : options.longs === $Number ? new $util.LongBits(message.loop_overruns.low >>> 0, message.loop_overruns.high >>> 0).toNumber(true) : message.loop_overruns;
                if (message.loop_period_error_p99_s != null && $Object.hasOwnProperty.call(message, "loop_period_error_p99_s"))
                    object.loop_period_error_p99_s = options.json && !$isFinite(message.loop_period_error_p99_s) ? $String(message.loop_period_error_p99_s) : message.loop_period_error_p99_s;
                if (message.recording != null && $Object.hasOwnProperty.call(message, "recording"))
                    object.recording = message.recording;
                if (message.recording_bytes != null && $Object.hasOwnProperty.call(message, "recording_bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.recording_bytes = typeof message.recording_bytes === "number" ? $BigInt(message.recording_bytes) : $util.Long.fromBits(message.recording_bytes.low >>> 0, message.recording_bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.recording_bytes === "number")
                        object.recording_bytes = options.longs === $String ? $String(message.recording_bytes) : message.recording_bytes;
                    else
                        object.recording_bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.recording_bytes) : options.longs === $Number ? new $util.LongBits(message.recording_bytes.low >>> 0, message.recording_bytes.high >>> 0).toNumber(true) : message.recording_bytes;
                if (message.total_delay_s != null && $Object.hasOwnProperty.call(message, "total_delay_s"))
                    object.total_delay_s = options.json && !$isFinite(message.total_delay_s) ? $String(message.total_delay_s) : message.total_delay_s;
                if (message.filter_delay_s != null && $Object.hasOwnProperty.call(message, "filter_delay_s"))
                    object.filter_delay_s = options.json && !$isFinite(message.filter_delay_s) ? $String(message.filter_delay_s) : message.filter_delay_s;
                if (message.tick_delay_s != null && $Object.hasOwnProperty.call(message, "tick_delay_s"))
                    object.tick_delay_s = options.json && !$isFinite(message.tick_delay_s) ? $String(message.tick_delay_s) : message.tick_delay_s;
                if (message.tremor_filter_causal != null && $Object.hasOwnProperty.call(message, "tremor_filter_causal"))
                    object.tremor_filter_causal = message.tremor_filter_causal;
                if (message.master_kind != null && $Object.hasOwnProperty.call(message, "master_kind"))
                    object.master_kind = options.enums === $String ? $root.farhand.v1.MasterKind[message.master_kind] === $undefined ? message.master_kind : $root.farhand.v1.MasterKind[message.master_kind] : message.master_kind;
                if (message.motion_transport != null && $Object.hasOwnProperty.call(message, "motion_transport"))
                    object.motion_transport = options.enums === $String ? $root.farhand.v1.MotionTransport[message.motion_transport] === $undefined ? message.motion_transport : $root.farhand.v1.MotionTransport[message.motion_transport] : message.motion_transport;
                if (message.arms && message.arms.length) {
                    object.arms = $Array(message.arms.length);
                    for (let j = 0; j < message.arms.length; ++j)
                        object.arms[j] = $root.farhand.v1.ArmTelemetry.toObject(message.arms[j], options, _depth + 1);
                }
                if (message.camera_mode != null && $Object.hasOwnProperty.call(message, "camera_mode"))
                    object.camera_mode = message.camera_mode;
                if (message.video != null && $Object.hasOwnProperty.call(message, "video"))
                    object.video = $root.farhand.v1.VideoFigures.toObject(message.video, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Telemetry to JSON.
             * @function toJSON
             * @memberof farhand.v1.Telemetry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Telemetry.prototype.toJSON = function() {
                return Telemetry.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Telemetry;
        })();

        v1.VideoReport = (function() {

            /**
             * Properties of a VideoReport.
             * @typedef {Object} farhand.v1.VideoReport.$Properties
             * @property {number|null} [seq] increasing per session (a repeat or older one is dropped)
             * @property {number|null} [interval_s] the span this report covers, 0.1 .. 10 s
             * @property {Array.<number>|null} [glass_to_glass_ms] one per displayed frame with a readable timecode, 0 .. 10000 ms, at most 600
             * @property {number|null} [frames_displayed] frames shown in the interval, at most 240 per second of interval
             * @property {number|null} [frames_lost] timecode frame-number gaps (never displayed) in the interval, at most 100000
             * @property {number|null} [frames_unreadable] displayed frames whose timecode strip failed its CRC
             * @property {number|null} [freezes] gaps of more than 200 ms without a new frame that ended or began in the interval
             * @property {number|null} [longest_freeze_ms] the longest gap without a new frame in the interval, 0 .. 60000 ms
             * @property {number|null} [bitrate_bps] received video bitrate (getStats inbound-rtp bytesReceived), 0 .. 1e9
             * @property {number|null} [frame_rate_hz] frames displayed per second, 0 .. 240
             * @property {number|null} [jitter_buffer_ms] mean jitter buffer delay per frame emitted in the interval (getStats), 0 .. 10000; NaN unknown
             * @property {number|null} [decode_ms] mean decode time per frame in the interval (getStats totalDecodeTime), 0 .. 10000; NaN unknown
             * @property {number|null} [width] decoded frame size, px (0: unknown), at most 8192
             * @property {number|null} [height] VideoReport height
             * @property {number|null} [packets_lost] getStats inbound-rtp packetsLost in the interval
             * @property {number|null} [nacks] NACKs sent in the interval
             * @property {number|null} [plis] PLIs sent in the interval
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VideoReport.
             * @memberof farhand.v1
             * @interface IVideoReport
             * @augments farhand.v1.VideoReport.$Properties
             * @deprecated Use farhand.v1.VideoReport.$Properties instead.
             */

            /**
             * Shape of a VideoReport.
             * @typedef {farhand.v1.VideoReport.$Properties} farhand.v1.VideoReport.$Shape
             */

            /**
             * Constructs a new VideoReport.
             * @memberof farhand.v1
             * @classdesc A console's measurement of the video it displayed during the last `interval_s` (client -> agent,
             * Envelope.video_report). Every figure is measured on the displayed frames: glass-to-glass is
             * capture (agent clock, the frame's timecode strip) -> display (requestVideoFrameCallback's expected
             * display time, through the control channel's clock sync). The agent validates every field (bounds
             * below), rate-limits reports to 4 per second per session and uses them for figures only (metrics,
             * telemetry, recording): a report never reaches the control loop.
             * @constructor
             * @param {farhand.v1.VideoReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VideoReport = function (properties) {
                this.glass_to_glass_ms = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * increasing per session (a repeat or older one is dropped)
             * @member {number} seq
             * @memberof farhand.v1.VideoReport
             * @instance
             */
            VideoReport.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * the span this report covers, 0.1 .. 10 s
             * @member {number} interval_s
             * @memberof farhand.v1.VideoReport
             * @instance
             */
            VideoReport.prototype.interval_s = 0;

            /**
             * one per displayed frame with a readable timecode, 0 .. 10000 ms, at most 600
             * @member {Array.<number>} glass_to_glass_ms
             * @memberof farhand.v1.VideoReport
             * @instance
             */
            VideoReport.prototype.glass_to_glass_ms = $util.emptyArray;

            /**
             * frames shown in the interval, at most 240 per second of interval
             * @member {number} frames_displayed
             * @memberof farhand.v1.VideoReport
             * @instance
             */
            VideoReport.prototype.frames_displayed = 0;

            /**
             * timecode frame-number gaps (never displayed) in the interval, at most 100000
             * @member {number} frames_lost
             * @memberof farhand.v1.VideoReport
             * @instance
             */
            VideoReport.prototype.frames_lost = 0;

            /**
             * displayed frames whose timecode strip failed its CRC
             * @member {number} frames_unreadable
             * @memberof farhand.v1.VideoReport
             * @instance
             */
            VideoReport.prototype.frames_unreadable = 0;

            /**
             * gaps of more than 200 ms without a new frame that ended or began in the interval
             * @member {number} freezes
             * @memberof farhand.v1.VideoReport
             * @instance
             */
            VideoReport.prototype.freezes = 0;

            /**
             * the longest gap without a new frame in the interval, 0 .. 60000 ms
             * @member {number} longest_freeze_ms
             * @memberof farhand.v1.VideoReport
             * @instance
             */
            VideoReport.prototype.longest_freeze_ms = 0;

            /**
             * received video bitrate (getStats inbound-rtp bytesReceived), 0 .. 1e9
             * @member {number} bitrate_bps
             * @memberof farhand.v1.VideoReport
             * @instance
             */
            VideoReport.prototype.bitrate_bps = 0;

            /**
             * frames displayed per second, 0 .. 240
             * @member {number} frame_rate_hz
             * @memberof farhand.v1.VideoReport
             * @instance
             */
            VideoReport.prototype.frame_rate_hz = 0;

            /**
             * mean jitter buffer delay per frame emitted in the interval (getStats), 0 .. 10000; NaN unknown
             * @member {number} jitter_buffer_ms
             * @memberof farhand.v1.VideoReport
             * @instance
             */
            VideoReport.prototype.jitter_buffer_ms = 0;

            /**
             * mean decode time per frame in the interval (getStats totalDecodeTime), 0 .. 10000; NaN unknown
             * @member {number} decode_ms
             * @memberof farhand.v1.VideoReport
             * @instance
             */
            VideoReport.prototype.decode_ms = 0;

            /**
             * decoded frame size, px (0: unknown), at most 8192
             * @member {number} width
             * @memberof farhand.v1.VideoReport
             * @instance
             */
            VideoReport.prototype.width = 0;

            /**
             * VideoReport height.
             * @member {number} height
             * @memberof farhand.v1.VideoReport
             * @instance
             */
            VideoReport.prototype.height = 0;

            /**
             * getStats inbound-rtp packetsLost in the interval
             * @member {number} packets_lost
             * @memberof farhand.v1.VideoReport
             * @instance
             */
            VideoReport.prototype.packets_lost = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NACKs sent in the interval
             * @member {number} nacks
             * @memberof farhand.v1.VideoReport
             * @instance
             */
            VideoReport.prototype.nacks = 0;

            /**
             * PLIs sent in the interval
             * @member {number} plis
             * @memberof farhand.v1.VideoReport
             * @instance
             */
            VideoReport.prototype.plis = 0;

            /**
             * Creates a new VideoReport instance using the specified properties.
             * @function create
             * @memberof farhand.v1.VideoReport
             * @static
             * @param {farhand.v1.VideoReport.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.VideoReport} VideoReport instance
             * @type {{
             *   (properties: farhand.v1.VideoReport.$Shape): farhand.v1.VideoReport & farhand.v1.VideoReport.$Shape;
             *   (properties?: farhand.v1.VideoReport.$Properties): farhand.v1.VideoReport;
             * }}
             */
            VideoReport.create = function(properties) {
                return new VideoReport(properties);
            };

            /**
             * Encodes the specified VideoReport message. Does not implicitly {@link farhand.v1.VideoReport.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.VideoReport
             * @static
             * @param {farhand.v1.VideoReport.$Properties} message VideoReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VideoReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.interval_s != null && $Object.hasOwnProperty.call(message, "interval_s") && !$Object.is(message.interval_s, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.interval_s);
                if (message.glass_to_glass_ms != null && message.glass_to_glass_ms.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).floats(message.glass_to_glass_ms);
                if (message.frames_displayed != null && $Object.hasOwnProperty.call(message, "frames_displayed") && message.frames_displayed !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.frames_displayed);
                if (message.frames_lost != null && $Object.hasOwnProperty.call(message, "frames_lost") && message.frames_lost !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.frames_lost);
                if (message.frames_unreadable != null && $Object.hasOwnProperty.call(message, "frames_unreadable") && message.frames_unreadable !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.frames_unreadable);
                if (message.freezes != null && $Object.hasOwnProperty.call(message, "freezes") && message.freezes !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.freezes);
                if (message.longest_freeze_ms != null && $Object.hasOwnProperty.call(message, "longest_freeze_ms") && !$Object.is(message.longest_freeze_ms, 0))
                    writer.uint32(/* id 8, wireType 5 =*/69).float(message.longest_freeze_ms);
                if (message.bitrate_bps != null && $Object.hasOwnProperty.call(message, "bitrate_bps") && !$Object.is(message.bitrate_bps, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.bitrate_bps);
                if (message.frame_rate_hz != null && $Object.hasOwnProperty.call(message, "frame_rate_hz") && !$Object.is(message.frame_rate_hz, 0))
                    writer.uint32(/* id 10, wireType 5 =*/85).float(message.frame_rate_hz);
                if (message.jitter_buffer_ms != null && $Object.hasOwnProperty.call(message, "jitter_buffer_ms") && !$Object.is(message.jitter_buffer_ms, 0))
                    writer.uint32(/* id 11, wireType 5 =*/93).float(message.jitter_buffer_ms);
                if (message.decode_ms != null && $Object.hasOwnProperty.call(message, "decode_ms") && !$Object.is(message.decode_ms, 0))
                    writer.uint32(/* id 12, wireType 5 =*/101).float(message.decode_ms);
                if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.width);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.height);
                if (message.packets_lost != null && $Object.hasOwnProperty.call(message, "packets_lost") && (typeof message.packets_lost === "object" ? message.packets_lost.low || message.packets_lost.high : message.packets_lost !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.packets_lost);
                if (message.nacks != null && $Object.hasOwnProperty.call(message, "nacks") && message.nacks !== 0)
                    writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.nacks);
                if (message.plis != null && $Object.hasOwnProperty.call(message, "plis") && message.plis !== 0)
                    writer.uint32(/* id 17, wireType 0 =*/136).uint32(message.plis);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VideoReport message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.VideoReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.VideoReport & farhand.v1.VideoReport.$Shape} VideoReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VideoReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.VideoReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.interval_s = value;
                            else
                                delete message.interval_s;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.glass_to_glass_ms && message.glass_to_glass_ms.length))
                                    message.glass_to_glass_ms = [];
                                reader.floats(message.glass_to_glass_ms);
                                continue;
                            }
                            if (wireType !== 5)
                                break;
                            if (!(message.glass_to_glass_ms && message.glass_to_glass_ms.length))
                                message.glass_to_glass_ms = [];
                            message.glass_to_glass_ms.push(reader.float());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.frames_displayed = value;
                            else
                                delete message.frames_displayed;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.frames_lost = value;
                            else
                                delete message.frames_lost;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.frames_unreadable = value;
                            else
                                delete message.frames_unreadable;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.freezes = value;
                            else
                                delete message.freezes;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.longest_freeze_ms = value;
                            else
                                delete message.longest_freeze_ms;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.bitrate_bps = value;
                            else
                                delete message.bitrate_bps;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.frame_rate_hz = value;
                            else
                                delete message.frame_rate_hz;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.jitter_buffer_ms = value;
                            else
                                delete message.jitter_buffer_ms;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.decode_ms = value;
                            else
                                delete message.decode_ms;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.width = value;
                            else
                                delete message.width;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.packets_lost = value;
                            else
                                delete message.packets_lost;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.nacks = value;
                            else
                                delete message.nacks;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.plis = value;
                            else
                                delete message.plis;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a VideoReport message.
             * @function verify
             * @memberof farhand.v1.VideoReport
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VideoReport.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.interval_s != null && $Object.hasOwnProperty.call(message, "interval_s"))
                    if (typeof message.interval_s !== "number")
                        return "interval_s: number expected";
                if (message.glass_to_glass_ms != null && $Object.hasOwnProperty.call(message, "glass_to_glass_ms")) {
                    if (!$Array.isArray(message.glass_to_glass_ms))
                        return "glass_to_glass_ms: array expected";
                    for (let i = 0; i < message.glass_to_glass_ms.length; ++i)
                        if (typeof message.glass_to_glass_ms[i] !== "number")
                            return "glass_to_glass_ms: number[] expected";
                }
                if (message.frames_displayed != null && $Object.hasOwnProperty.call(message, "frames_displayed"))
                    if (!$util.isInteger(message.frames_displayed))
                        return "frames_displayed: integer expected";
                if (message.frames_lost != null && $Object.hasOwnProperty.call(message, "frames_lost"))
                    if (!$util.isInteger(message.frames_lost))
                        return "frames_lost: integer expected";
                if (message.frames_unreadable != null && $Object.hasOwnProperty.call(message, "frames_unreadable"))
                    if (!$util.isInteger(message.frames_unreadable))
                        return "frames_unreadable: integer expected";
                if (message.freezes != null && $Object.hasOwnProperty.call(message, "freezes"))
                    if (!$util.isInteger(message.freezes))
                        return "freezes: integer expected";
                if (message.longest_freeze_ms != null && $Object.hasOwnProperty.call(message, "longest_freeze_ms"))
                    if (typeof message.longest_freeze_ms !== "number")
                        return "longest_freeze_ms: number expected";
                if (message.bitrate_bps != null && $Object.hasOwnProperty.call(message, "bitrate_bps"))
                    if (typeof message.bitrate_bps !== "number")
                        return "bitrate_bps: number expected";
                if (message.frame_rate_hz != null && $Object.hasOwnProperty.call(message, "frame_rate_hz"))
                    if (typeof message.frame_rate_hz !== "number")
                        return "frame_rate_hz: number expected";
                if (message.jitter_buffer_ms != null && $Object.hasOwnProperty.call(message, "jitter_buffer_ms"))
                    if (typeof message.jitter_buffer_ms !== "number")
                        return "jitter_buffer_ms: number expected";
                if (message.decode_ms != null && $Object.hasOwnProperty.call(message, "decode_ms"))
                    if (typeof message.decode_ms !== "number")
                        return "decode_ms: number expected";
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    if (!$util.isInteger(message.width))
                        return "width: integer expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (!$util.isInteger(message.height))
                        return "height: integer expected";
                if (message.packets_lost != null && $Object.hasOwnProperty.call(message, "packets_lost"))
                    if (!$util.isInteger(message.packets_lost) && !(message.packets_lost && $util.isInteger(message.packets_lost.low) && $util.isInteger(message.packets_lost.high)))
                        return "packets_lost: integer|Long expected";
                if (message.nacks != null && $Object.hasOwnProperty.call(message, "nacks"))
                    if (!$util.isInteger(message.nacks))
                        return "nacks: integer expected";
                if (message.plis != null && $Object.hasOwnProperty.call(message, "plis"))
                    if (!$util.isInteger(message.plis))
                        return "plis: integer expected";
                return null;
            };

            /**
             * Creates a VideoReport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.VideoReport
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.VideoReport} VideoReport
             */
            VideoReport.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.VideoReport)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.VideoReport: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.VideoReport();
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.interval_s != null)
                    if (!$Object.is($Number(object.interval_s), 0))
                        message.interval_s = $Number(object.interval_s);
                if (object.glass_to_glass_ms) {
                    if (!$Array.isArray(object.glass_to_glass_ms))
                        throw $TypeError(".farhand.v1.VideoReport.glass_to_glass_ms: array expected");
                    message.glass_to_glass_ms = $Array(object.glass_to_glass_ms.length);
                    for (let i = 0; i < object.glass_to_glass_ms.length; ++i)
                        message.glass_to_glass_ms[i] = $Number(object.glass_to_glass_ms[i]);
                }
                if (object.frames_displayed != null)
                    if ($Number(object.frames_displayed) !== 0)
                        message.frames_displayed = object.frames_displayed >>> 0;
                if (object.frames_lost != null)
                    if ($Number(object.frames_lost) !== 0)
                        message.frames_lost = object.frames_lost >>> 0;
                if (object.frames_unreadable != null)
                    if ($Number(object.frames_unreadable) !== 0)
                        message.frames_unreadable = object.frames_unreadable >>> 0;
                if (object.freezes != null)
                    if ($Number(object.freezes) !== 0)
                        message.freezes = object.freezes >>> 0;
                if (object.longest_freeze_ms != null)
                    if (!$Object.is($Number(object.longest_freeze_ms), 0))
                        message.longest_freeze_ms = $Number(object.longest_freeze_ms);
                if (object.bitrate_bps != null)
                    if (!$Object.is($Number(object.bitrate_bps), 0))
                        message.bitrate_bps = $Number(object.bitrate_bps);
                if (object.frame_rate_hz != null)
                    if (!$Object.is($Number(object.frame_rate_hz), 0))
                        message.frame_rate_hz = $Number(object.frame_rate_hz);
                if (object.jitter_buffer_ms != null)
                    if (!$Object.is($Number(object.jitter_buffer_ms), 0))
                        message.jitter_buffer_ms = $Number(object.jitter_buffer_ms);
                if (object.decode_ms != null)
                    if (!$Object.is($Number(object.decode_ms), 0))
                        message.decode_ms = $Number(object.decode_ms);
                if (object.width != null)
                    if ($Number(object.width) !== 0)
                        message.width = object.width >>> 0;
                if (object.height != null)
                    if ($Number(object.height) !== 0)
                        message.height = object.height >>> 0;
                if (object.packets_lost != null)
                    if (typeof object.packets_lost === "object" ? object.packets_lost.low || object.packets_lost.high : $Number(object.packets_lost) !== 0)
                        if ($util.Long)
                            message.packets_lost = $util.Long.fromValue(object.packets_lost, true);
                        else if (typeof object.packets_lost === "string")
                            message.packets_lost = $parseInt(object.packets_lost, 10);
                        else if (typeof object.packets_lost === "number")
                            message.packets_lost = object.packets_lost;
                        else if (typeof object.packets_lost === "object")
                            message.packets_lost = new $util.LongBits(object.packets_lost.low >>> 0, object.packets_lost.high >>> 0).toNumber(true);
                if (object.nacks != null)
                    if ($Number(object.nacks) !== 0)
                        message.nacks = object.nacks >>> 0;
                if (object.plis != null)
                    if ($Number(object.plis) !== 0)
                        message.plis = object.plis >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a VideoReport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.VideoReport
             * @static
             * @param {farhand.v1.VideoReport} message VideoReport
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VideoReport.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.glass_to_glass_ms = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.interval_s = 0;
                    object.frames_displayed = 0;
                    object.frames_lost = 0;
                    object.frames_unreadable = 0;
                    object.freezes = 0;
                    object.longest_freeze_ms = 0;
                    object.bitrate_bps = 0;
                    object.frame_rate_hz = 0;
                    object.jitter_buffer_ms = 0;
                    object.decode_ms = 0;
                    object.width = 0;
                    object.height = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.packets_lost = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.packets_lost = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nacks = 0;
                    object.plis = 0;
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.interval_s != null && $Object.hasOwnProperty.call(message, "interval_s"))
                    object.interval_s = options.json && !$isFinite(message.interval_s) ? $String(message.interval_s) : message.interval_s;
                if (message.glass_to_glass_ms && message.glass_to_glass_ms.length) {
                    object.glass_to_glass_ms = $Array(message.glass_to_glass_ms.length);
                    for (let j = 0; j < message.glass_to_glass_ms.length; ++j)
                        object.glass_to_glass_ms[j] = options.json && !$isFinite(message.glass_to_glass_ms[j]) ? $String(message.glass_to_glass_ms[j]) : message.glass_to_glass_ms[j];
                }
                if (message.frames_displayed != null && $Object.hasOwnProperty.call(message, "frames_displayed"))
                    object.frames_displayed = message.frames_displayed;
                if (message.frames_lost != null && $Object.hasOwnProperty.call(message, "frames_lost"))
                    object.frames_lost = message.frames_lost;
                if (message.frames_unreadable != null && $Object.hasOwnProperty.call(message, "frames_unreadable"))
                    object.frames_unreadable = message.frames_unreadable;
                if (message.freezes != null && $Object.hasOwnProperty.call(message, "freezes"))
                    object.freezes = message.freezes;
                if (message.longest_freeze_ms != null && $Object.hasOwnProperty.call(message, "longest_freeze_ms"))
                    object.longest_freeze_ms = options.json && !$isFinite(message.longest_freeze_ms) ? $String(message.longest_freeze_ms) : message.longest_freeze_ms;
                if (message.bitrate_bps != null && $Object.hasOwnProperty.call(message, "bitrate_bps"))
                    object.bitrate_bps = options.json && !$isFinite(message.bitrate_bps) ? $String(message.bitrate_bps) : message.bitrate_bps;
                if (message.frame_rate_hz != null && $Object.hasOwnProperty.call(message, "frame_rate_hz"))
                    object.frame_rate_hz = options.json && !$isFinite(message.frame_rate_hz) ? $String(message.frame_rate_hz) : message.frame_rate_hz;
                if (message.jitter_buffer_ms != null && $Object.hasOwnProperty.call(message, "jitter_buffer_ms"))
                    object.jitter_buffer_ms = options.json && !$isFinite(message.jitter_buffer_ms) ? $String(message.jitter_buffer_ms) : message.jitter_buffer_ms;
                if (message.decode_ms != null && $Object.hasOwnProperty.call(message, "decode_ms"))
                    object.decode_ms = options.json && !$isFinite(message.decode_ms) ? $String(message.decode_ms) : message.decode_ms;
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                if (message.packets_lost != null && $Object.hasOwnProperty.call(message, "packets_lost"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.packets_lost = typeof message.packets_lost === "number" ? $BigInt(message.packets_lost) : $util.Long.fromBits(message.packets_lost.low >>> 0, message.packets_lost.high >>> 0, true).toBigInt();
                    else if (typeof message.packets_lost === "number")
                        object.packets_lost = options.longs === $String ? $String(message.packets_lost) : message.packets_lost;
                    else
                        object.packets_lost = options.longs === $String ? $util.Long.prototype.toString.call(message.packets_lost) : options.longs === $Number ? new $util.LongBits(message.packets_lost.low >>> 0, message.packets_lost.high >>> 0).toNumber(true) : message.packets_lost;
                if (message.nacks != null && $Object.hasOwnProperty.call(message, "nacks"))
                    object.nacks = message.nacks;
                if (message.plis != null && $Object.hasOwnProperty.call(message, "plis"))
                    object.plis = message.plis;
                return object;
            };

            /**
             * Converts this VideoReport to JSON.
             * @function toJSON
             * @memberof farhand.v1.VideoReport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VideoReport.prototype.toJSON = function() {
                return VideoReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VideoReport;
        })();

        v1.VideoFigures = (function() {

            /**
             * Properties of a VideoFigures.
             * @typedef {Object} farhand.v1.VideoFigures.$Properties
             * @property {string|null} [session_id] the console whose report this is (the controller's when it reports)
             * @property {number|null} [glass_to_glass_p50_ms] over that console's newest report (NaN: no readable frame)
             * @property {number|null} [glass_to_glass_p99_ms] VideoFigures glass_to_glass_p99_ms
             * @property {number|null} [frame_rate_hz] VideoFigures frame_rate_hz
             * @property {number|null} [bitrate_bps] VideoFigures bitrate_bps
             * @property {number|null} [frames_lost] since that console's video started (sum of its reports)
             * @property {number|null} [freezes] the same
             * @property {number|null} [longest_freeze_ms] the longest since the video started
             * @property {number|null} [frames_captured] agent: frames the source delivered since start
             * @property {number|null} [frames_sent] agent: frames handed to the encoder since start
             * @property {number|null} [report_age_s] how old the newest report is (a console that stopped reporting shows a growing age)
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VideoFigures.
             * @memberof farhand.v1
             * @interface IVideoFigures
             * @augments farhand.v1.VideoFigures.$Properties
             * @deprecated Use farhand.v1.VideoFigures.$Properties instead.
             */

            /**
             * Shape of a VideoFigures.
             * @typedef {farhand.v1.VideoFigures.$Properties} farhand.v1.VideoFigures.$Shape
             */

            /**
             * Constructs a new VideoFigures.
             * @memberof farhand.v1
             * @classdesc The field's video figures in Telemetry (field 40).
             * @constructor
             * @param {farhand.v1.VideoFigures.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VideoFigures = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * the console whose report this is (the controller's when it reports)
             * @member {string} session_id
             * @memberof farhand.v1.VideoFigures
             * @instance
             */
            VideoFigures.prototype.session_id = "";

            /**
             * over that console's newest report (NaN: no readable frame)
             * @member {number} glass_to_glass_p50_ms
             * @memberof farhand.v1.VideoFigures
             * @instance
             */
            VideoFigures.prototype.glass_to_glass_p50_ms = 0;

            /**
             * VideoFigures glass_to_glass_p99_ms.
             * @member {number} glass_to_glass_p99_ms
             * @memberof farhand.v1.VideoFigures
             * @instance
             */
            VideoFigures.prototype.glass_to_glass_p99_ms = 0;

            /**
             * VideoFigures frame_rate_hz.
             * @member {number} frame_rate_hz
             * @memberof farhand.v1.VideoFigures
             * @instance
             */
            VideoFigures.prototype.frame_rate_hz = 0;

            /**
             * VideoFigures bitrate_bps.
             * @member {number} bitrate_bps
             * @memberof farhand.v1.VideoFigures
             * @instance
             */
            VideoFigures.prototype.bitrate_bps = 0;

            /**
             * since that console's video started (sum of its reports)
             * @member {number} frames_lost
             * @memberof farhand.v1.VideoFigures
             * @instance
             */
            VideoFigures.prototype.frames_lost = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * the same
             * @member {number} freezes
             * @memberof farhand.v1.VideoFigures
             * @instance
             */
            VideoFigures.prototype.freezes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * the longest since the video started
             * @member {number} longest_freeze_ms
             * @memberof farhand.v1.VideoFigures
             * @instance
             */
            VideoFigures.prototype.longest_freeze_ms = 0;

            /**
             * agent: frames the source delivered since start
             * @member {number} frames_captured
             * @memberof farhand.v1.VideoFigures
             * @instance
             */
            VideoFigures.prototype.frames_captured = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * agent: frames handed to the encoder since start
             * @member {number} frames_sent
             * @memberof farhand.v1.VideoFigures
             * @instance
             */
            VideoFigures.prototype.frames_sent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * how old the newest report is (a console that stopped reporting shows a growing age)
             * @member {number} report_age_s
             * @memberof farhand.v1.VideoFigures
             * @instance
             */
            VideoFigures.prototype.report_age_s = 0;

            /**
             * Creates a new VideoFigures instance using the specified properties.
             * @function create
             * @memberof farhand.v1.VideoFigures
             * @static
             * @param {farhand.v1.VideoFigures.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.VideoFigures} VideoFigures instance
             * @type {{
             *   (properties: farhand.v1.VideoFigures.$Shape): farhand.v1.VideoFigures & farhand.v1.VideoFigures.$Shape;
             *   (properties?: farhand.v1.VideoFigures.$Properties): farhand.v1.VideoFigures;
             * }}
             */
            VideoFigures.create = function(properties) {
                return new VideoFigures(properties);
            };

            /**
             * Encodes the specified VideoFigures message. Does not implicitly {@link farhand.v1.VideoFigures.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.VideoFigures
             * @static
             * @param {farhand.v1.VideoFigures.$Properties} message VideoFigures message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VideoFigures.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id") && message.session_id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.session_id);
                if (message.glass_to_glass_p50_ms != null && $Object.hasOwnProperty.call(message, "glass_to_glass_p50_ms") && !$Object.is(message.glass_to_glass_p50_ms, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.glass_to_glass_p50_ms);
                if (message.glass_to_glass_p99_ms != null && $Object.hasOwnProperty.call(message, "glass_to_glass_p99_ms") && !$Object.is(message.glass_to_glass_p99_ms, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.glass_to_glass_p99_ms);
                if (message.frame_rate_hz != null && $Object.hasOwnProperty.call(message, "frame_rate_hz") && !$Object.is(message.frame_rate_hz, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.frame_rate_hz);
                if (message.bitrate_bps != null && $Object.hasOwnProperty.call(message, "bitrate_bps") && !$Object.is(message.bitrate_bps, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.bitrate_bps);
                if (message.frames_lost != null && $Object.hasOwnProperty.call(message, "frames_lost") && (typeof message.frames_lost === "object" ? message.frames_lost.low || message.frames_lost.high : message.frames_lost !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.frames_lost);
                if (message.freezes != null && $Object.hasOwnProperty.call(message, "freezes") && (typeof message.freezes === "object" ? message.freezes.low || message.freezes.high : message.freezes !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.freezes);
                if (message.longest_freeze_ms != null && $Object.hasOwnProperty.call(message, "longest_freeze_ms") && !$Object.is(message.longest_freeze_ms, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.longest_freeze_ms);
                if (message.frames_captured != null && $Object.hasOwnProperty.call(message, "frames_captured") && (typeof message.frames_captured === "object" ? message.frames_captured.low || message.frames_captured.high : message.frames_captured !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.frames_captured);
                if (message.frames_sent != null && $Object.hasOwnProperty.call(message, "frames_sent") && (typeof message.frames_sent === "object" ? message.frames_sent.low || message.frames_sent.high : message.frames_sent !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.frames_sent);
                if (message.report_age_s != null && $Object.hasOwnProperty.call(message, "report_age_s") && !$Object.is(message.report_age_s, 0))
                    writer.uint32(/* id 11, wireType 1 =*/89).double(message.report_age_s);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VideoFigures message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.VideoFigures
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.VideoFigures & farhand.v1.VideoFigures.$Shape} VideoFigures
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VideoFigures.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.VideoFigures();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.session_id = value;
                            else
                                delete message.session_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.glass_to_glass_p50_ms = value;
                            else
                                delete message.glass_to_glass_p50_ms;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.glass_to_glass_p99_ms = value;
                            else
                                delete message.glass_to_glass_p99_ms;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.frame_rate_hz = value;
                            else
                                delete message.frame_rate_hz;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.bitrate_bps = value;
                            else
                                delete message.bitrate_bps;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.frames_lost = value;
                            else
                                delete message.frames_lost;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.freezes = value;
                            else
                                delete message.freezes;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.longest_freeze_ms = value;
                            else
                                delete message.longest_freeze_ms;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.frames_captured = value;
                            else
                                delete message.frames_captured;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.frames_sent = value;
                            else
                                delete message.frames_sent;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.report_age_s = value;
                            else
                                delete message.report_age_s;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a VideoFigures message.
             * @function verify
             * @memberof farhand.v1.VideoFigures
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VideoFigures.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id"))
                    if (!$util.isString(message.session_id))
                        return "session_id: string expected";
                if (message.glass_to_glass_p50_ms != null && $Object.hasOwnProperty.call(message, "glass_to_glass_p50_ms"))
                    if (typeof message.glass_to_glass_p50_ms !== "number")
                        return "glass_to_glass_p50_ms: number expected";
                if (message.glass_to_glass_p99_ms != null && $Object.hasOwnProperty.call(message, "glass_to_glass_p99_ms"))
                    if (typeof message.glass_to_glass_p99_ms !== "number")
                        return "glass_to_glass_p99_ms: number expected";
                if (message.frame_rate_hz != null && $Object.hasOwnProperty.call(message, "frame_rate_hz"))
                    if (typeof message.frame_rate_hz !== "number")
                        return "frame_rate_hz: number expected";
                if (message.bitrate_bps != null && $Object.hasOwnProperty.call(message, "bitrate_bps"))
                    if (typeof message.bitrate_bps !== "number")
                        return "bitrate_bps: number expected";
                if (message.frames_lost != null && $Object.hasOwnProperty.call(message, "frames_lost"))
                    if (!$util.isInteger(message.frames_lost) && !(message.frames_lost && $util.isInteger(message.frames_lost.low) && $util.isInteger(message.frames_lost.high)))
                        return "frames_lost: integer|Long expected";
                if (message.freezes != null && $Object.hasOwnProperty.call(message, "freezes"))
                    if (!$util.isInteger(message.freezes) && !(message.freezes && $util.isInteger(message.freezes.low) && $util.isInteger(message.freezes.high)))
                        return "freezes: integer|Long expected";
                if (message.longest_freeze_ms != null && $Object.hasOwnProperty.call(message, "longest_freeze_ms"))
                    if (typeof message.longest_freeze_ms !== "number")
                        return "longest_freeze_ms: number expected";
                if (message.frames_captured != null && $Object.hasOwnProperty.call(message, "frames_captured"))
                    if (!$util.isInteger(message.frames_captured) && !(message.frames_captured && $util.isInteger(message.frames_captured.low) && $util.isInteger(message.frames_captured.high)))
                        return "frames_captured: integer|Long expected";
                if (message.frames_sent != null && $Object.hasOwnProperty.call(message, "frames_sent"))
                    if (!$util.isInteger(message.frames_sent) && !(message.frames_sent && $util.isInteger(message.frames_sent.low) && $util.isInteger(message.frames_sent.high)))
                        return "frames_sent: integer|Long expected";
                if (message.report_age_s != null && $Object.hasOwnProperty.call(message, "report_age_s"))
                    if (typeof message.report_age_s !== "number")
                        return "report_age_s: number expected";
                return null;
            };

            /**
             * Creates a VideoFigures message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.VideoFigures
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.VideoFigures} VideoFigures
             */
            VideoFigures.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.VideoFigures)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.VideoFigures: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.VideoFigures();
                if (object.session_id != null)
                    if (typeof object.session_id !== "string" || object.session_id.length)
                        message.session_id = $String(object.session_id);
                if (object.glass_to_glass_p50_ms != null)
                    if (!$Object.is($Number(object.glass_to_glass_p50_ms), 0))
                        message.glass_to_glass_p50_ms = $Number(object.glass_to_glass_p50_ms);
                if (object.glass_to_glass_p99_ms != null)
                    if (!$Object.is($Number(object.glass_to_glass_p99_ms), 0))
                        message.glass_to_glass_p99_ms = $Number(object.glass_to_glass_p99_ms);
                if (object.frame_rate_hz != null)
                    if (!$Object.is($Number(object.frame_rate_hz), 0))
                        message.frame_rate_hz = $Number(object.frame_rate_hz);
                if (object.bitrate_bps != null)
                    if (!$Object.is($Number(object.bitrate_bps), 0))
                        message.bitrate_bps = $Number(object.bitrate_bps);
                if (object.frames_lost != null)
                    if (typeof object.frames_lost === "object" ? object.frames_lost.low || object.frames_lost.high : $Number(object.frames_lost) !== 0)
                        if ($util.Long)
                            message.frames_lost = $util.Long.fromValue(object.frames_lost, true);
                        else if (typeof object.frames_lost === "string")
                            message.frames_lost = $parseInt(object.frames_lost, 10);
                        else if (typeof object.frames_lost === "number")
                            message.frames_lost = object.frames_lost;
                        else if (typeof object.frames_lost === "object")
                            message.frames_lost = new $util.LongBits(object.frames_lost.low >>> 0, object.frames_lost.high >>> 0).toNumber(true);
                if (object.freezes != null)
                    if (typeof object.freezes === "object" ? object.freezes.low || object.freezes.high : $Number(object.freezes) !== 0)
                        if ($util.Long)
                            message.freezes = $util.Long.fromValue(object.freezes, true);
                        else if (typeof object.freezes === "string")
                            message.freezes = $parseInt(object.freezes, 10);
                        else if (typeof object.freezes === "number")
                            message.freezes = object.freezes;
                        else if (typeof object.freezes === "object")
                            message.freezes = new $util.LongBits(object.freezes.low >>> 0, object.freezes.high >>> 0).toNumber(true);
                if (object.longest_freeze_ms != null)
                    if (!$Object.is($Number(object.longest_freeze_ms), 0))
                        message.longest_freeze_ms = $Number(object.longest_freeze_ms);
                if (object.frames_captured != null)
                    if (typeof object.frames_captured === "object" ? object.frames_captured.low || object.frames_captured.high : $Number(object.frames_captured) !== 0)
                        if ($util.Long)
                            message.frames_captured = $util.Long.fromValue(object.frames_captured, true);
                        else if (typeof object.frames_captured === "string")
                            message.frames_captured = $parseInt(object.frames_captured, 10);
                        else if (typeof object.frames_captured === "number")
                            message.frames_captured = object.frames_captured;
                        else if (typeof object.frames_captured === "object")
                            message.frames_captured = new $util.LongBits(object.frames_captured.low >>> 0, object.frames_captured.high >>> 0).toNumber(true);
                if (object.frames_sent != null)
                    if (typeof object.frames_sent === "object" ? object.frames_sent.low || object.frames_sent.high : $Number(object.frames_sent) !== 0)
                        if ($util.Long)
                            message.frames_sent = $util.Long.fromValue(object.frames_sent, true);
                        else if (typeof object.frames_sent === "string")
                            message.frames_sent = $parseInt(object.frames_sent, 10);
                        else if (typeof object.frames_sent === "number")
                            message.frames_sent = object.frames_sent;
                        else if (typeof object.frames_sent === "object")
                            message.frames_sent = new $util.LongBits(object.frames_sent.low >>> 0, object.frames_sent.high >>> 0).toNumber(true);
                if (object.report_age_s != null)
                    if (!$Object.is($Number(object.report_age_s), 0))
                        message.report_age_s = $Number(object.report_age_s);
                return message;
            };

            /**
             * Creates a plain object from a VideoFigures message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.VideoFigures
             * @static
             * @param {farhand.v1.VideoFigures} message VideoFigures
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VideoFigures.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.session_id = "";
                    object.glass_to_glass_p50_ms = 0;
                    object.glass_to_glass_p99_ms = 0;
                    object.frame_rate_hz = 0;
                    object.bitrate_bps = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.frames_lost = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.frames_lost = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.freezes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.freezes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.longest_freeze_ms = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.frames_captured = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.frames_captured = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.frames_sent = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.frames_sent = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.report_age_s = 0;
                }
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id"))
                    object.session_id = message.session_id;
                if (message.glass_to_glass_p50_ms != null && $Object.hasOwnProperty.call(message, "glass_to_glass_p50_ms"))
                    object.glass_to_glass_p50_ms = options.json && !$isFinite(message.glass_to_glass_p50_ms) ? $String(message.glass_to_glass_p50_ms) : message.glass_to_glass_p50_ms;
                if (message.glass_to_glass_p99_ms != null && $Object.hasOwnProperty.call(message, "glass_to_glass_p99_ms"))
                    object.glass_to_glass_p99_ms = options.json && !$isFinite(message.glass_to_glass_p99_ms) ? $String(message.glass_to_glass_p99_ms) : message.glass_to_glass_p99_ms;
                if (message.frame_rate_hz != null && $Object.hasOwnProperty.call(message, "frame_rate_hz"))
                    object.frame_rate_hz = options.json && !$isFinite(message.frame_rate_hz) ? $String(message.frame_rate_hz) : message.frame_rate_hz;
                if (message.bitrate_bps != null && $Object.hasOwnProperty.call(message, "bitrate_bps"))
                    object.bitrate_bps = options.json && !$isFinite(message.bitrate_bps) ? $String(message.bitrate_bps) : message.bitrate_bps;
                if (message.frames_lost != null && $Object.hasOwnProperty.call(message, "frames_lost"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.frames_lost = typeof message.frames_lost === "number" ? $BigInt(message.frames_lost) : $util.Long.fromBits(message.frames_lost.low >>> 0, message.frames_lost.high >>> 0, true).toBigInt();
                    else if (typeof message.frames_lost === "number")
                        object.frames_lost = options.longs === $String ? $String(message.frames_lost) : message.frames_lost;
                    else
                        object.frames_lost = options.longs === $String ? $util.Long.prototype.toString.call(message.frames_lost) : options.longs === $Number ? new $util.LongBits(message.frames_lost.low >>> 0, message.frames_lost.high >>> 0).toNumber(true) : message.frames_lost;
                if (message.freezes != null && $Object.hasOwnProperty.call(message, "freezes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.freezes = typeof message.freezes === "number" ? $BigInt(message.freezes) : $util.Long.fromBits(message.freezes.low >>> 0, message.freezes.high >>> 0, true).toBigInt();
                    else if (typeof message.freezes === "number")
                        object.freezes = options.longs === $String ? $String(message.freezes) : message.freezes;
                    else
                        object.freezes = options.longs === $String ? $util.Long.prototype.toString.call(message.freezes) : options.longs === $Number ? new $util.LongBits(message.freezes.low >>> 0, message.freezes.high >>> 0).toNumber(true) : message.freezes;
                if (message.longest_freeze_ms != null && $Object.hasOwnProperty.call(message, "longest_freeze_ms"))
                    object.longest_freeze_ms = options.json && !$isFinite(message.longest_freeze_ms) ? $String(message.longest_freeze_ms) : message.longest_freeze_ms;
                if (message.frames_captured != null && $Object.hasOwnProperty.call(message, "frames_captured"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.frames_captured = typeof message.frames_captured === "number" ? $BigInt(message.frames_captured) : $util.Long.fromBits(message.frames_captured.low >>> 0, message.frames_captured.high >>> 0, true).toBigInt();
                    else if (typeof message.frames_captured === "number")
                        object.frames_captured = options.longs === $String ? $String(message.frames_captured) : message.frames_captured;
                    else
                        object.frames_captured = options.longs === $String ? $util.Long.prototype.toString.call(message.frames_captured) : options.longs === $Number ? new $util.LongBits(message.frames_captured.low >>> 0, message.frames_captured.high >>> 0).toNumber(true) : message.frames_captured;
                if (message.frames_sent != null && $Object.hasOwnProperty.call(message, "frames_sent"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.frames_sent = typeof message.frames_sent === "number" ? $BigInt(message.frames_sent) : $util.Long.fromBits(message.frames_sent.low >>> 0, message.frames_sent.high >>> 0, true).toBigInt();
                    else if (typeof message.frames_sent === "number")
                        object.frames_sent = options.longs === $String ? $String(message.frames_sent) : message.frames_sent;
                    else
                        object.frames_sent = options.longs === $String ? $util.Long.prototype.toString.call(message.frames_sent) : options.longs === $Number ? new $util.LongBits(message.frames_sent.low >>> 0, message.frames_sent.high >>> 0).toNumber(true) : message.frames_sent;
                if (message.report_age_s != null && $Object.hasOwnProperty.call(message, "report_age_s"))
                    object.report_age_s = options.json && !$isFinite(message.report_age_s) ? $String(message.report_age_s) : message.report_age_s;
                return object;
            };

            /**
             * Converts this VideoFigures to JSON.
             * @function toJSON
             * @memberof farhand.v1.VideoFigures
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VideoFigures.prototype.toJSON = function() {
                return VideoFigures.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VideoFigures;
        })();

        v1.ArmTelemetry = (function() {

            /**
             * Properties of an ArmTelemetry.
             * @typedef {Object} farhand.v1.ArmTelemetry.$Properties
             * @property {number|null} [arm_id] ArmTelemetry arm_id
             * @property {farhand.v1.SupervisorState|null} [state] ArmTelemetry state
             * @property {string|null} [reason] ArmTelemetry reason
             * @property {farhand.v1.Pose.$Properties|null} [measured_cp] the arm's own base frame (PSM: RCM frame)
             * @property {farhand.v1.Pose.$Properties|null} [setpoint_cp] ArmTelemetry setpoint_cp
             * @property {Array.<number>|null} [measured_js] ArmTelemetry measured_js
             * @property {number|null} [jaw_measured_rad] 0 for the ECM
             * @property {number|null} [jaw_setpoint_rad] ArmTelemetry jaw_setpoint_rad
             * @property {farhand.v1.ArmOperatingState|null} [operating_state] ArmTelemetry operating_state
             * @property {farhand.v1.Pose.$Properties|null} [master_cp] the hand pose played out for this arm, console frame
             * @property {farhand.v1.Pose.$Properties|null} [base_frame] the arm's base in the cart (world) frame, as the dVRK system file places it
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ArmTelemetry.
             * @memberof farhand.v1
             * @interface IArmTelemetry
             * @augments farhand.v1.ArmTelemetry.$Properties
             * @deprecated Use farhand.v1.ArmTelemetry.$Properties instead.
             */

            /**
             * Shape of an ArmTelemetry.
             * @typedef {farhand.v1.ArmTelemetry.$Properties} farhand.v1.ArmTelemetry.$Shape
             */

            /**
             * Constructs a new ArmTelemetry.
             * @memberof farhand.v1
             * @classdesc One arm's state in a Telemetry (protocol 1.1).
             * @constructor
             * @param {farhand.v1.ArmTelemetry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ArmTelemetry = function (properties) {
                this.measured_js = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ArmTelemetry arm_id.
             * @member {number} arm_id
             * @memberof farhand.v1.ArmTelemetry
             * @instance
             */
            ArmTelemetry.prototype.arm_id = 0;

            /**
             * ArmTelemetry state.
             * @member {farhand.v1.SupervisorState} state
             * @memberof farhand.v1.ArmTelemetry
             * @instance
             */
            ArmTelemetry.prototype.state = 0;

            /**
             * ArmTelemetry reason.
             * @member {string} reason
             * @memberof farhand.v1.ArmTelemetry
             * @instance
             */
            ArmTelemetry.prototype.reason = "";

            /**
             * the arm's own base frame (PSM: RCM frame)
             * @member {farhand.v1.Pose.$Properties|null|undefined} measured_cp
             * @memberof farhand.v1.ArmTelemetry
             * @instance
             */
            ArmTelemetry.prototype.measured_cp = null;

            /**
             * ArmTelemetry setpoint_cp.
             * @member {farhand.v1.Pose.$Properties|null|undefined} setpoint_cp
             * @memberof farhand.v1.ArmTelemetry
             * @instance
             */
            ArmTelemetry.prototype.setpoint_cp = null;

            /**
             * ArmTelemetry measured_js.
             * @member {Array.<number>} measured_js
             * @memberof farhand.v1.ArmTelemetry
             * @instance
             */
            ArmTelemetry.prototype.measured_js = $util.emptyArray;

            /**
             * 0 for the ECM
             * @member {number} jaw_measured_rad
             * @memberof farhand.v1.ArmTelemetry
             * @instance
             */
            ArmTelemetry.prototype.jaw_measured_rad = 0;

            /**
             * ArmTelemetry jaw_setpoint_rad.
             * @member {number} jaw_setpoint_rad
             * @memberof farhand.v1.ArmTelemetry
             * @instance
             */
            ArmTelemetry.prototype.jaw_setpoint_rad = 0;

            /**
             * ArmTelemetry operating_state.
             * @member {farhand.v1.ArmOperatingState} operating_state
             * @memberof farhand.v1.ArmTelemetry
             * @instance
             */
            ArmTelemetry.prototype.operating_state = 0;

            /**
             * the hand pose played out for this arm, console frame
             * @member {farhand.v1.Pose.$Properties|null|undefined} master_cp
             * @memberof farhand.v1.ArmTelemetry
             * @instance
             */
            ArmTelemetry.prototype.master_cp = null;

            /**
             * the arm's base in the cart (world) frame, as the dVRK system file places it
             * @member {farhand.v1.Pose.$Properties|null|undefined} base_frame
             * @memberof farhand.v1.ArmTelemetry
             * @instance
             */
            ArmTelemetry.prototype.base_frame = null;

            /**
             * Creates a new ArmTelemetry instance using the specified properties.
             * @function create
             * @memberof farhand.v1.ArmTelemetry
             * @static
             * @param {farhand.v1.ArmTelemetry.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.ArmTelemetry} ArmTelemetry instance
             * @type {{
             *   (properties: farhand.v1.ArmTelemetry.$Shape): farhand.v1.ArmTelemetry & farhand.v1.ArmTelemetry.$Shape;
             *   (properties?: farhand.v1.ArmTelemetry.$Properties): farhand.v1.ArmTelemetry;
             * }}
             */
            ArmTelemetry.create = function(properties) {
                return new ArmTelemetry(properties);
            };

            /**
             * Encodes the specified ArmTelemetry message. Does not implicitly {@link farhand.v1.ArmTelemetry.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.ArmTelemetry
             * @static
             * @param {farhand.v1.ArmTelemetry.$Properties} message ArmTelemetry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ArmTelemetry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id") && message.arm_id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.arm_id);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.measured_cp != null && $Object.hasOwnProperty.call(message, "measured_cp"))
                    $root.farhand.v1.Pose.encode(message.measured_cp, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.setpoint_cp != null && $Object.hasOwnProperty.call(message, "setpoint_cp"))
                    $root.farhand.v1.Pose.encode(message.setpoint_cp, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.measured_js != null && message.measured_js.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).doubles(message.measured_js);
                if (message.jaw_measured_rad != null && $Object.hasOwnProperty.call(message, "jaw_measured_rad") && !$Object.is(message.jaw_measured_rad, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.jaw_measured_rad);
                if (message.jaw_setpoint_rad != null && $Object.hasOwnProperty.call(message, "jaw_setpoint_rad") && !$Object.is(message.jaw_setpoint_rad, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.jaw_setpoint_rad);
                if (message.operating_state != null && $Object.hasOwnProperty.call(message, "operating_state") && message.operating_state !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).int32(message.operating_state);
                if (message.master_cp != null && $Object.hasOwnProperty.call(message, "master_cp"))
                    $root.farhand.v1.Pose.encode(message.master_cp, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.base_frame != null && $Object.hasOwnProperty.call(message, "base_frame"))
                    $root.farhand.v1.Pose.encode(message.base_frame, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ArmTelemetry message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.ArmTelemetry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.ArmTelemetry & farhand.v1.ArmTelemetry.$Shape} ArmTelemetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ArmTelemetry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.ArmTelemetry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.arm_id = value;
                            else
                                delete message.arm_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.measured_cp = $root.farhand.v1.Pose.decode(reader, reader.size(), $undefined, _depth + 1, message.measured_cp);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.setpoint_cp = $root.farhand.v1.Pose.decode(reader, reader.size(), $undefined, _depth + 1, message.setpoint_cp);
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.measured_js && message.measured_js.length))
                                    message.measured_js = [];
                                reader.doubles(message.measured_js);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.measured_js && message.measured_js.length))
                                message.measured_js = [];
                            message.measured_js.push(reader.double());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.jaw_measured_rad = value;
                            else
                                delete message.jaw_measured_rad;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.jaw_setpoint_rad = value;
                            else
                                delete message.jaw_setpoint_rad;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.operating_state = value;
                            else
                                delete message.operating_state;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.master_cp = $root.farhand.v1.Pose.decode(reader, reader.size(), $undefined, _depth + 1, message.master_cp);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.base_frame = $root.farhand.v1.Pose.decode(reader, reader.size(), $undefined, _depth + 1, message.base_frame);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ArmTelemetry message.
             * @function verify
             * @memberof farhand.v1.ArmTelemetry
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ArmTelemetry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id"))
                    if (!$util.isInteger(message.arm_id))
                        return "arm_id: integer expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.measured_cp != null && $Object.hasOwnProperty.call(message, "measured_cp")) {
                    let error = $root.farhand.v1.Pose.verify(message.measured_cp, _depth + 1);
                    if (error)
                        return "measured_cp." + error;
                }
                if (message.setpoint_cp != null && $Object.hasOwnProperty.call(message, "setpoint_cp")) {
                    let error = $root.farhand.v1.Pose.verify(message.setpoint_cp, _depth + 1);
                    if (error)
                        return "setpoint_cp." + error;
                }
                if (message.measured_js != null && $Object.hasOwnProperty.call(message, "measured_js")) {
                    if (!$Array.isArray(message.measured_js))
                        return "measured_js: array expected";
                    for (let i = 0; i < message.measured_js.length; ++i)
                        if (typeof message.measured_js[i] !== "number")
                            return "measured_js: number[] expected";
                }
                if (message.jaw_measured_rad != null && $Object.hasOwnProperty.call(message, "jaw_measured_rad"))
                    if (typeof message.jaw_measured_rad !== "number")
                        return "jaw_measured_rad: number expected";
                if (message.jaw_setpoint_rad != null && $Object.hasOwnProperty.call(message, "jaw_setpoint_rad"))
                    if (typeof message.jaw_setpoint_rad !== "number")
                        return "jaw_setpoint_rad: number expected";
                if (message.operating_state != null && $Object.hasOwnProperty.call(message, "operating_state"))
                    if (typeof message.operating_state !== "number" || (message.operating_state | 0) !== message.operating_state)
                        return "operating_state: enum value expected";
                if (message.master_cp != null && $Object.hasOwnProperty.call(message, "master_cp")) {
                    let error = $root.farhand.v1.Pose.verify(message.master_cp, _depth + 1);
                    if (error)
                        return "master_cp." + error;
                }
                if (message.base_frame != null && $Object.hasOwnProperty.call(message, "base_frame")) {
                    let error = $root.farhand.v1.Pose.verify(message.base_frame, _depth + 1);
                    if (error)
                        return "base_frame." + error;
                }
                return null;
            };

            /**
             * Creates an ArmTelemetry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.ArmTelemetry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.ArmTelemetry} ArmTelemetry
             */
            ArmTelemetry.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.ArmTelemetry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.ArmTelemetry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.ArmTelemetry();
                if (object.arm_id != null)
                    if ($Number(object.arm_id) !== 0)
                        message.arm_id = object.arm_id >>> 0;
                if (object.state !== 0 && (typeof object.state !== "string" || $root.farhand.v1.SupervisorState[object.state] !== 0))
                    switch (object.state) {
                    case "SUPERVISOR_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "IDLE":
                    case 1:
                        message.state = 1;
                        break;
                    case "ENGAGING":
                    case 2:
                        message.state = 2;
                        break;
                    case "FOLLOWING":
                    case 3:
                        message.state = 3;
                        break;
                    case "CLUTCHED":
                    case 4:
                        message.state = 4;
                        break;
                    case "HOLDING":
                    case 5:
                        message.state = 5;
                        break;
                    case "FAULT":
                    case 6:
                        message.state = 6;
                        break;
                    case "ESTOPPED":
                    case 7:
                        message.state = 7;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.measured_cp != null) {
                    if (!$util.isObject(object.measured_cp))
                        throw $TypeError(".farhand.v1.ArmTelemetry.measured_cp: object expected");
                    message.measured_cp = $root.farhand.v1.Pose.fromObject(object.measured_cp, _depth + 1);
                }
                if (object.setpoint_cp != null) {
                    if (!$util.isObject(object.setpoint_cp))
                        throw $TypeError(".farhand.v1.ArmTelemetry.setpoint_cp: object expected");
                    message.setpoint_cp = $root.farhand.v1.Pose.fromObject(object.setpoint_cp, _depth + 1);
                }
                if (object.measured_js) {
                    if (!$Array.isArray(object.measured_js))
                        throw $TypeError(".farhand.v1.ArmTelemetry.measured_js: array expected");
                    message.measured_js = $Array(object.measured_js.length);
                    for (let i = 0; i < object.measured_js.length; ++i)
                        message.measured_js[i] = $Number(object.measured_js[i]);
                }
                if (object.jaw_measured_rad != null)
                    if (!$Object.is($Number(object.jaw_measured_rad), 0))
                        message.jaw_measured_rad = $Number(object.jaw_measured_rad);
                if (object.jaw_setpoint_rad != null)
                    if (!$Object.is($Number(object.jaw_setpoint_rad), 0))
                        message.jaw_setpoint_rad = $Number(object.jaw_setpoint_rad);
                if (object.operating_state !== 0 && (typeof object.operating_state !== "string" || $root.farhand.v1.ArmOperatingState[object.operating_state] !== 0))
                    switch (object.operating_state) {
                    case "ARM_STATE_UNSPECIFIED":
                    case 0:
                        message.operating_state = 0;
                        break;
                    case "ARM_DISABLED":
                    case 1:
                        message.operating_state = 1;
                        break;
                    case "ARM_ENABLED":
                    case 2:
                        message.operating_state = 2;
                        break;
                    case "ARM_PAUSED":
                    case 3:
                        message.operating_state = 3;
                        break;
                    case "ARM_FAULT":
                    case 4:
                        message.operating_state = 4;
                        break;
                    default:
                        if (typeof object.operating_state === "number" && (object.operating_state | 0) === object.operating_state)
                            message.operating_state = object.operating_state;
                    }
                if (object.master_cp != null) {
                    if (!$util.isObject(object.master_cp))
                        throw $TypeError(".farhand.v1.ArmTelemetry.master_cp: object expected");
                    message.master_cp = $root.farhand.v1.Pose.fromObject(object.master_cp, _depth + 1);
                }
                if (object.base_frame != null) {
                    if (!$util.isObject(object.base_frame))
                        throw $TypeError(".farhand.v1.ArmTelemetry.base_frame: object expected");
                    message.base_frame = $root.farhand.v1.Pose.fromObject(object.base_frame, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an ArmTelemetry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.ArmTelemetry
             * @static
             * @param {farhand.v1.ArmTelemetry} message ArmTelemetry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ArmTelemetry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.measured_js = [];
                if (options.defaults) {
                    object.arm_id = 0;
                    object.state = options.enums === $String ? "SUPERVISOR_STATE_UNSPECIFIED" : 0;
                    object.reason = "";
                    object.measured_cp = null;
                    object.setpoint_cp = null;
                    object.jaw_measured_rad = 0;
                    object.jaw_setpoint_rad = 0;
                    object.operating_state = options.enums === $String ? "ARM_STATE_UNSPECIFIED" : 0;
                    object.master_cp = null;
                    object.base_frame = null;
                }
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id"))
                    object.arm_id = message.arm_id;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.farhand.v1.SupervisorState[message.state] === $undefined ? message.state : $root.farhand.v1.SupervisorState[message.state] : message.state;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.measured_cp != null && $Object.hasOwnProperty.call(message, "measured_cp"))
                    object.measured_cp = $root.farhand.v1.Pose.toObject(message.measured_cp, options, _depth + 1);
                if (message.setpoint_cp != null && $Object.hasOwnProperty.call(message, "setpoint_cp"))
                    object.setpoint_cp = $root.farhand.v1.Pose.toObject(message.setpoint_cp, options, _depth + 1);
                if (message.measured_js && message.measured_js.length) {
                    object.measured_js = $Array(message.measured_js.length);
                    for (let j = 0; j < message.measured_js.length; ++j)
                        object.measured_js[j] = options.json && !$isFinite(message.measured_js[j]) ? $String(message.measured_js[j]) : message.measured_js[j];
                }
                if (message.jaw_measured_rad != null && $Object.hasOwnProperty.call(message, "jaw_measured_rad"))
                    object.jaw_measured_rad = options.json && !$isFinite(message.jaw_measured_rad) ? $String(message.jaw_measured_rad) : message.jaw_measured_rad;
                if (message.jaw_setpoint_rad != null && $Object.hasOwnProperty.call(message, "jaw_setpoint_rad"))
                    object.jaw_setpoint_rad = options.json && !$isFinite(message.jaw_setpoint_rad) ? $String(message.jaw_setpoint_rad) : message.jaw_setpoint_rad;
                if (message.operating_state != null && $Object.hasOwnProperty.call(message, "operating_state"))
                    object.operating_state = options.enums === $String ? $root.farhand.v1.ArmOperatingState[message.operating_state] === $undefined ? message.operating_state : $root.farhand.v1.ArmOperatingState[message.operating_state] : message.operating_state;
                if (message.master_cp != null && $Object.hasOwnProperty.call(message, "master_cp"))
                    object.master_cp = $root.farhand.v1.Pose.toObject(message.master_cp, options, _depth + 1);
                if (message.base_frame != null && $Object.hasOwnProperty.call(message, "base_frame"))
                    object.base_frame = $root.farhand.v1.Pose.toObject(message.base_frame, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ArmTelemetry to JSON.
             * @function toJSON
             * @memberof farhand.v1.ArmTelemetry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ArmTelemetry.prototype.toJSON = function() {
                return ArmTelemetry.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ArmTelemetry;
        })();

        /**
         * MotionTransport enum.
         * @name farhand.v1.MotionTransport
         * @enum {number}
         * @property {number} MOTION_TRANSPORT_UNSPECIFIED=0 no controller, or no frame from it yet
         * @property {number} WEBSOCKET=1 over the session's WebSocket (TCP: reliable, ordered, stalls on loss)
         * @property {number} WEBRTC_DATACHANNEL=2 over the session's DataChannel (SCTP, unordered, never retransmitted)
         */
        v1.MotionTransport = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MOTION_TRANSPORT_UNSPECIFIED"] = 0;
            values[valuesById[1] = "WEBSOCKET"] = 1;
            values[valuesById[2] = "WEBRTC_DATACHANNEL"] = 2;
            return values;
        })();

        /**
         * Severity enum.
         * @name farhand.v1.Severity
         * @enum {number}
         * @property {number} SEVERITY_UNSPECIFIED=0 SEVERITY_UNSPECIFIED value
         * @property {number} INFO=1 INFO value
         * @property {number} WARNING=2 WARNING value
         * @property {number} ALARM=3 needs attention (e.g. fault)
         * @property {number} CRITICAL=4 e-stop and the like
         */
        v1.Severity = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SEVERITY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "INFO"] = 1;
            values[valuesById[2] = "WARNING"] = 2;
            values[valuesById[3] = "ALARM"] = 3;
            values[valuesById[4] = "CRITICAL"] = 4;
            return values;
        })();

        v1.Event = (function() {

            /**
             * Properties of an Event.
             * @typedef {Object} farhand.v1.Event.$Properties
             * @property {number|null} [agent_time_ns] Event agent_time_ns
             * @property {farhand.v1.Severity|null} [severity] Event severity
             * @property {string|null} [code] stable, e.g. LINK_STALE, ESTOP, TRACKING_ERROR, CONTROL_GRANTED
             * @property {string|null} [message] a sentence for people
             * @property {string|null} [session_id] the session it concerns, if any
             * @property {number|null} [arm_id] Event arm_id
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Event.
             * @memberof farhand.v1
             * @interface IEvent
             * @augments farhand.v1.Event.$Properties
             * @deprecated Use farhand.v1.Event.$Properties instead.
             */

            /**
             * Shape of an Event.
             * @typedef {farhand.v1.Event.$Properties} farhand.v1.Event.$Shape
             */

            /**
             * Constructs a new Event.
             * @memberof farhand.v1
             * @classdesc Represents an Event.
             * @constructor
             * @param {farhand.v1.Event.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Event = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Event agent_time_ns.
             * @member {number} agent_time_ns
             * @memberof farhand.v1.Event
             * @instance
             */
            Event.prototype.agent_time_ns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Event severity.
             * @member {farhand.v1.Severity} severity
             * @memberof farhand.v1.Event
             * @instance
             */
            Event.prototype.severity = 0;

            /**
             * stable, e.g. LINK_STALE, ESTOP, TRACKING_ERROR, CONTROL_GRANTED
             * @member {string} code
             * @memberof farhand.v1.Event
             * @instance
             */
            Event.prototype.code = "";

            /**
             * a sentence for people
             * @member {string} message
             * @memberof farhand.v1.Event
             * @instance
             */
            Event.prototype.message = "";

            /**
             * the session it concerns, if any
             * @member {string} session_id
             * @memberof farhand.v1.Event
             * @instance
             */
            Event.prototype.session_id = "";

            /**
             * Event arm_id.
             * @member {number} arm_id
             * @memberof farhand.v1.Event
             * @instance
             */
            Event.prototype.arm_id = 0;

            /**
             * Creates a new Event instance using the specified properties.
             * @function create
             * @memberof farhand.v1.Event
             * @static
             * @param {farhand.v1.Event.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.Event} Event instance
             * @type {{
             *   (properties: farhand.v1.Event.$Shape): farhand.v1.Event & farhand.v1.Event.$Shape;
             *   (properties?: farhand.v1.Event.$Properties): farhand.v1.Event;
             * }}
             */
            Event.create = function(properties) {
                return new Event(properties);
            };

            /**
             * Encodes the specified Event message. Does not implicitly {@link farhand.v1.Event.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.Event
             * @static
             * @param {farhand.v1.Event.$Properties} message Event message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agent_time_ns != null && $Object.hasOwnProperty.call(message, "agent_time_ns") && (typeof message.agent_time_ns === "object" ? message.agent_time_ns.low || message.agent_time_ns.high : message.agent_time_ns !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.agent_time_ns);
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity") && message.severity !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.severity);
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.message);
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id") && message.session_id !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.session_id);
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id") && message.arm_id !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.arm_id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.Event & farhand.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.Event();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.agent_time_ns = value;
                            else
                                delete message.agent_time_ns;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.severity = value;
                            else
                                delete message.severity;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.session_id = value;
                            else
                                delete message.session_id;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.arm_id = value;
                            else
                                delete message.arm_id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Event message.
             * @function verify
             * @memberof farhand.v1.Event
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Event.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.agent_time_ns != null && $Object.hasOwnProperty.call(message, "agent_time_ns"))
                    if (!$util.isInteger(message.agent_time_ns) && !(message.agent_time_ns && $util.isInteger(message.agent_time_ns.low) && $util.isInteger(message.agent_time_ns.high)))
                        return "agent_time_ns: integer|Long expected";
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity"))
                    if (typeof message.severity !== "number" || (message.severity | 0) !== message.severity)
                        return "severity: enum value expected";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id"))
                    if (!$util.isString(message.session_id))
                        return "session_id: string expected";
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id"))
                    if (!$util.isInteger(message.arm_id))
                        return "arm_id: integer expected";
                return null;
            };

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.Event
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.Event} Event
             */
            Event.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.Event)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.Event: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.Event();
                if (object.agent_time_ns != null)
                    if (typeof object.agent_time_ns === "object" ? object.agent_time_ns.low || object.agent_time_ns.high : $Number(object.agent_time_ns) !== 0)
                        if ($util.Long)
                            message.agent_time_ns = $util.Long.fromValue(object.agent_time_ns, true);
                        else if (typeof object.agent_time_ns === "string")
                            message.agent_time_ns = $parseInt(object.agent_time_ns, 10);
                        else if (typeof object.agent_time_ns === "number")
                            message.agent_time_ns = object.agent_time_ns;
                        else if (typeof object.agent_time_ns === "object")
                            message.agent_time_ns = new $util.LongBits(object.agent_time_ns.low >>> 0, object.agent_time_ns.high >>> 0).toNumber(true);
                if (object.severity !== 0 && (typeof object.severity !== "string" || $root.farhand.v1.Severity[object.severity] !== 0))
                    switch (object.severity) {
                    case "SEVERITY_UNSPECIFIED":
                    case 0:
                        message.severity = 0;
                        break;
                    case "INFO":
                    case 1:
                        message.severity = 1;
                        break;
                    case "WARNING":
                    case 2:
                        message.severity = 2;
                        break;
                    case "ALARM":
                    case 3:
                        message.severity = 3;
                        break;
                    case "CRITICAL":
                    case 4:
                        message.severity = 4;
                        break;
                    default:
                        if (typeof object.severity === "number" && (object.severity | 0) === object.severity)
                            message.severity = object.severity;
                    }
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.session_id != null)
                    if (typeof object.session_id !== "string" || object.session_id.length)
                        message.session_id = $String(object.session_id);
                if (object.arm_id != null)
                    if ($Number(object.arm_id) !== 0)
                        message.arm_id = object.arm_id >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.Event
             * @static
             * @param {farhand.v1.Event} message Event
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Event.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.agent_time_ns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.agent_time_ns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.severity = options.enums === $String ? "SEVERITY_UNSPECIFIED" : 0;
                    object.code = "";
                    object.message = "";
                    object.session_id = "";
                    object.arm_id = 0;
                }
                if (message.agent_time_ns != null && $Object.hasOwnProperty.call(message, "agent_time_ns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.agent_time_ns = typeof message.agent_time_ns === "number" ? $BigInt(message.agent_time_ns) : $util.Long.fromBits(message.agent_time_ns.low >>> 0, message.agent_time_ns.high >>> 0, true).toBigInt();
                    else if (typeof message.agent_time_ns === "number")
                        object.agent_time_ns = options.longs === $String ? $String(message.agent_time_ns) : message.agent_time_ns;
                    else
                        object.agent_time_ns = options.longs === $String ? $util.Long.prototype.toString.call(message.agent_time_ns) : options.longs === $Number ? new $util.LongBits(message.agent_time_ns.low >>> 0, message.agent_time_ns.high >>> 0).toNumber(true) : message.agent_time_ns;
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity"))
                    object.severity = options.enums === $String ? $root.farhand.v1.Severity[message.severity] === $undefined ? message.severity : $root.farhand.v1.Severity[message.severity] : message.severity;
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id"))
                    object.session_id = message.session_id;
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id"))
                    object.arm_id = message.arm_id;
                return object;
            };

            /**
             * Converts this Event to JSON.
             * @function toJSON
             * @memberof farhand.v1.Event
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Event.prototype.toJSON = function() {
                return Event.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Event;
        })();

        /**
         * RtcSignalType enum.
         * @name farhand.v1.RtcSignalType
         * @enum {number}
         * @property {number} RTC_SIGNAL_TYPE_UNSPECIFIED=0 RTC_SIGNAL_TYPE_UNSPECIFIED value
         * @property {number} OFFER=1 client -> agent: sdp is the client's offer (one DataChannel, no media)
         * @property {number} ANSWER=2 agent -> client: sdp is the agent's answer
         * @property {number} CANDIDATE=3 either way: one ICE candidate (candidate empty = end of candidates)
         * @property {number} CLOSE=4 either way: the peer connection is closed; reason says why
         */
        v1.RtcSignalType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RTC_SIGNAL_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "OFFER"] = 1;
            values[valuesById[2] = "ANSWER"] = 2;
            values[valuesById[3] = "CANDIDATE"] = 3;
            values[valuesById[4] = "CLOSE"] = 4;
            return values;
        })();

        v1.RtcSignal = (function() {

            /**
             * Properties of a RtcSignal.
             * @typedef {Object} farhand.v1.RtcSignal.$Properties
             * @property {farhand.v1.RtcSignalType|null} [type] RtcSignal type
             * @property {string|null} [sdp] OFFER, ANSWER: the session description (SDP text), at most 16384 characters
             * @property {string|null} [candidate] CANDIDATE: "candidate:..." as RTCIceCandidate.candidate gives it, at most 512 characters
             * @property {string|null} [sdp_mid] CANDIDATE: media stream id the candidate belongs to ("0" for a DataChannel-only peer)
             * @property {number|null} [sdp_mline_index] CANDIDATE: m-line index (0 for a DataChannel-only peer)
             * @property {string|null} [reason] CLOSE: a stable code, ": " and a sentence
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RtcSignal.
             * @memberof farhand.v1
             * @interface IRtcSignal
             * @augments farhand.v1.RtcSignal.$Properties
             * @deprecated Use farhand.v1.RtcSignal.$Properties instead.
             */

            /**
             * Shape of a RtcSignal.
             * @typedef {farhand.v1.RtcSignal.$Properties} farhand.v1.RtcSignal.$Shape
             */

            /**
             * Constructs a new RtcSignal.
             * @memberof farhand.v1
             * @classdesc Represents a RtcSignal.
             * @constructor
             * @param {farhand.v1.RtcSignal.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RtcSignal = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RtcSignal type.
             * @member {farhand.v1.RtcSignalType} type
             * @memberof farhand.v1.RtcSignal
             * @instance
             */
            RtcSignal.prototype.type = 0;

            /**
             * OFFER, ANSWER: the session description (SDP text), at most 16384 characters
             * @member {string} sdp
             * @memberof farhand.v1.RtcSignal
             * @instance
             */
            RtcSignal.prototype.sdp = "";

            /**
             * CANDIDATE: "candidate:..." as RTCIceCandidate.candidate gives it, at most 512 characters
             * @member {string} candidate
             * @memberof farhand.v1.RtcSignal
             * @instance
             */
            RtcSignal.prototype.candidate = "";

            /**
             * CANDIDATE: media stream id the candidate belongs to ("0" for a DataChannel-only peer)
             * @member {string} sdp_mid
             * @memberof farhand.v1.RtcSignal
             * @instance
             */
            RtcSignal.prototype.sdp_mid = "";

            /**
             * CANDIDATE: m-line index (0 for a DataChannel-only peer)
             * @member {number} sdp_mline_index
             * @memberof farhand.v1.RtcSignal
             * @instance
             */
            RtcSignal.prototype.sdp_mline_index = 0;

            /**
             * CLOSE: a stable code, ": " and a sentence
             * @member {string} reason
             * @memberof farhand.v1.RtcSignal
             * @instance
             */
            RtcSignal.prototype.reason = "";

            /**
             * Creates a new RtcSignal instance using the specified properties.
             * @function create
             * @memberof farhand.v1.RtcSignal
             * @static
             * @param {farhand.v1.RtcSignal.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.RtcSignal} RtcSignal instance
             * @type {{
             *   (properties: farhand.v1.RtcSignal.$Shape): farhand.v1.RtcSignal & farhand.v1.RtcSignal.$Shape;
             *   (properties?: farhand.v1.RtcSignal.$Properties): farhand.v1.RtcSignal;
             * }}
             */
            RtcSignal.create = function(properties) {
                return new RtcSignal(properties);
            };

            /**
             * Encodes the specified RtcSignal message. Does not implicitly {@link farhand.v1.RtcSignal.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.RtcSignal
             * @static
             * @param {farhand.v1.RtcSignal.$Properties} message RtcSignal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RtcSignal.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                if (message.sdp != null && $Object.hasOwnProperty.call(message, "sdp") && message.sdp !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.sdp);
                if (message.candidate != null && $Object.hasOwnProperty.call(message, "candidate") && message.candidate !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.candidate);
                if (message.sdp_mid != null && $Object.hasOwnProperty.call(message, "sdp_mid") && message.sdp_mid !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.sdp_mid);
                if (message.sdp_mline_index != null && $Object.hasOwnProperty.call(message, "sdp_mline_index") && message.sdp_mline_index !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.sdp_mline_index);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RtcSignal message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.RtcSignal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.RtcSignal & farhand.v1.RtcSignal.$Shape} RtcSignal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RtcSignal.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.RtcSignal();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sdp = value;
                            else
                                delete message.sdp;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.candidate = value;
                            else
                                delete message.candidate;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sdp_mid = value;
                            else
                                delete message.sdp_mid;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sdp_mline_index = value;
                            else
                                delete message.sdp_mline_index;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RtcSignal message.
             * @function verify
             * @memberof farhand.v1.RtcSignal
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RtcSignal.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                        return "type: enum value expected";
                if (message.sdp != null && $Object.hasOwnProperty.call(message, "sdp"))
                    if (!$util.isString(message.sdp))
                        return "sdp: string expected";
                if (message.candidate != null && $Object.hasOwnProperty.call(message, "candidate"))
                    if (!$util.isString(message.candidate))
                        return "candidate: string expected";
                if (message.sdp_mid != null && $Object.hasOwnProperty.call(message, "sdp_mid"))
                    if (!$util.isString(message.sdp_mid))
                        return "sdp_mid: string expected";
                if (message.sdp_mline_index != null && $Object.hasOwnProperty.call(message, "sdp_mline_index"))
                    if (!$util.isInteger(message.sdp_mline_index))
                        return "sdp_mline_index: integer expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a RtcSignal message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.RtcSignal
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.RtcSignal} RtcSignal
             */
            RtcSignal.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.RtcSignal)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.RtcSignal: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.RtcSignal();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.farhand.v1.RtcSignalType[object.type] !== 0))
                    switch (object.type) {
                    case "RTC_SIGNAL_TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "OFFER":
                    case 1:
                        message.type = 1;
                        break;
                    case "ANSWER":
                    case 2:
                        message.type = 2;
                        break;
                    case "CANDIDATE":
                    case 3:
                        message.type = 3;
                        break;
                    case "CLOSE":
                    case 4:
                        message.type = 4;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.sdp != null)
                    if (typeof object.sdp !== "string" || object.sdp.length)
                        message.sdp = $String(object.sdp);
                if (object.candidate != null)
                    if (typeof object.candidate !== "string" || object.candidate.length)
                        message.candidate = $String(object.candidate);
                if (object.sdp_mid != null)
                    if (typeof object.sdp_mid !== "string" || object.sdp_mid.length)
                        message.sdp_mid = $String(object.sdp_mid);
                if (object.sdp_mline_index != null)
                    if ($Number(object.sdp_mline_index) !== 0)
                        message.sdp_mline_index = object.sdp_mline_index >>> 0;
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a RtcSignal message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.RtcSignal
             * @static
             * @param {farhand.v1.RtcSignal} message RtcSignal
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RtcSignal.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = options.enums === $String ? "RTC_SIGNAL_TYPE_UNSPECIFIED" : 0;
                    object.sdp = "";
                    object.candidate = "";
                    object.sdp_mid = "";
                    object.sdp_mline_index = 0;
                    object.reason = "";
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.farhand.v1.RtcSignalType[message.type] === $undefined ? message.type : $root.farhand.v1.RtcSignalType[message.type] : message.type;
                if (message.sdp != null && $Object.hasOwnProperty.call(message, "sdp"))
                    object.sdp = message.sdp;
                if (message.candidate != null && $Object.hasOwnProperty.call(message, "candidate"))
                    object.candidate = message.candidate;
                if (message.sdp_mid != null && $Object.hasOwnProperty.call(message, "sdp_mid"))
                    object.sdp_mid = message.sdp_mid;
                if (message.sdp_mline_index != null && $Object.hasOwnProperty.call(message, "sdp_mline_index"))
                    object.sdp_mline_index = message.sdp_mline_index;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this RtcSignal to JSON.
             * @function toJSON
             * @memberof farhand.v1.RtcSignal
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RtcSignal.prototype.toJSON = function() {
                return RtcSignal.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RtcSignal;
        })();

        v1.SessionStart = (function() {

            /**
             * Properties of a SessionStart.
             * @typedef {Object} farhand.v1.SessionStart.$Properties
             * @property {string|null} [session_id] the recording's id (agent run)
             * @property {string|null} [agent_version] SessionStart agent_version
             * @property {number|null} [protocol_major] SessionStart protocol_major
             * @property {number|null} [protocol_minor] SessionStart protocol_minor
             * @property {string|null} [config_json] the full effective config (core + sim), JSON
             * @property {number|null} [start_time_ns] agent monotonic clock at tick 0
             * @property {string|null} [wall_clock_iso] wall clock at start, for people only
             * @property {number|null} [sim_seed] SessionStart sim_seed
             * @property {string|null} [arm_driver] "sim" or "ros"
             * @property {Array.<farhand.v1.RecordedArm.$Properties>|null} [arms] Issue 15 (fields 20-39): several arms. Empty for a one-arm session (its file is as before); with
             * config `arms`, every arm in wire order (arm_id = index), the first included.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SessionStart.
             * @memberof farhand.v1
             * @interface ISessionStart
             * @augments farhand.v1.SessionStart.$Properties
             * @deprecated Use farhand.v1.SessionStart.$Properties instead.
             */

            /**
             * Shape of a SessionStart.
             * @typedef {farhand.v1.SessionStart.$Properties} farhand.v1.SessionStart.$Shape
             */

            /**
             * Constructs a new SessionStart.
             * @memberof farhand.v1
             * @classdesc Represents a SessionStart.
             * @constructor
             * @param {farhand.v1.SessionStart.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SessionStart = function (properties) {
                this.arms = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * the recording's id (agent run)
             * @member {string} session_id
             * @memberof farhand.v1.SessionStart
             * @instance
             */
            SessionStart.prototype.session_id = "";

            /**
             * SessionStart agent_version.
             * @member {string} agent_version
             * @memberof farhand.v1.SessionStart
             * @instance
             */
            SessionStart.prototype.agent_version = "";

            /**
             * SessionStart protocol_major.
             * @member {number} protocol_major
             * @memberof farhand.v1.SessionStart
             * @instance
             */
            SessionStart.prototype.protocol_major = 0;

            /**
             * SessionStart protocol_minor.
             * @member {number} protocol_minor
             * @memberof farhand.v1.SessionStart
             * @instance
             */
            SessionStart.prototype.protocol_minor = 0;

            /**
             * the full effective config (core + sim), JSON
             * @member {string} config_json
             * @memberof farhand.v1.SessionStart
             * @instance
             */
            SessionStart.prototype.config_json = "";

            /**
             * agent monotonic clock at tick 0
             * @member {number} start_time_ns
             * @memberof farhand.v1.SessionStart
             * @instance
             */
            SessionStart.prototype.start_time_ns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * wall clock at start, for people only
             * @member {string} wall_clock_iso
             * @memberof farhand.v1.SessionStart
             * @instance
             */
            SessionStart.prototype.wall_clock_iso = "";

            /**
             * SessionStart sim_seed.
             * @member {number} sim_seed
             * @memberof farhand.v1.SessionStart
             * @instance
             */
            SessionStart.prototype.sim_seed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * "sim" or "ros"
             * @member {string} arm_driver
             * @memberof farhand.v1.SessionStart
             * @instance
             */
            SessionStart.prototype.arm_driver = "";

            /**
             * Issue 15 (fields 20-39): several arms. Empty for a one-arm session (its file is as before); with
             * config `arms`, every arm in wire order (arm_id = index), the first included.
             * @member {Array.<farhand.v1.RecordedArm.$Properties>} arms
             * @memberof farhand.v1.SessionStart
             * @instance
             */
            SessionStart.prototype.arms = $util.emptyArray;

            /**
             * Creates a new SessionStart instance using the specified properties.
             * @function create
             * @memberof farhand.v1.SessionStart
             * @static
             * @param {farhand.v1.SessionStart.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.SessionStart} SessionStart instance
             * @type {{
             *   (properties: farhand.v1.SessionStart.$Shape): farhand.v1.SessionStart & farhand.v1.SessionStart.$Shape;
             *   (properties?: farhand.v1.SessionStart.$Properties): farhand.v1.SessionStart;
             * }}
             */
            SessionStart.create = function(properties) {
                return new SessionStart(properties);
            };

            /**
             * Encodes the specified SessionStart message. Does not implicitly {@link farhand.v1.SessionStart.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.SessionStart
             * @static
             * @param {farhand.v1.SessionStart.$Properties} message SessionStart message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionStart.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id") && message.session_id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.session_id);
                if (message.agent_version != null && $Object.hasOwnProperty.call(message, "agent_version") && message.agent_version !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.agent_version);
                if (message.protocol_major != null && $Object.hasOwnProperty.call(message, "protocol_major") && message.protocol_major !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.protocol_major);
                if (message.protocol_minor != null && $Object.hasOwnProperty.call(message, "protocol_minor") && message.protocol_minor !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.protocol_minor);
                if (message.config_json != null && $Object.hasOwnProperty.call(message, "config_json") && message.config_json !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.config_json);
                if (message.start_time_ns != null && $Object.hasOwnProperty.call(message, "start_time_ns") && (typeof message.start_time_ns === "object" ? message.start_time_ns.low || message.start_time_ns.high : message.start_time_ns !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.start_time_ns);
                if (message.wall_clock_iso != null && $Object.hasOwnProperty.call(message, "wall_clock_iso") && message.wall_clock_iso !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.wall_clock_iso);
                if (message.sim_seed != null && $Object.hasOwnProperty.call(message, "sim_seed") && (typeof message.sim_seed === "object" ? message.sim_seed.low || message.sim_seed.high : message.sim_seed !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.sim_seed);
                if (message.arm_driver != null && $Object.hasOwnProperty.call(message, "arm_driver") && message.arm_driver !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.arm_driver);
                if (message.arms != null && message.arms.length)
                    for (let i = 0; i < message.arms.length; ++i)
                        $root.farhand.v1.RecordedArm.encode(message.arms[i], writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SessionStart message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.SessionStart
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.SessionStart & farhand.v1.SessionStart.$Shape} SessionStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionStart.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.SessionStart();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.session_id = value;
                            else
                                delete message.session_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agent_version = value;
                            else
                                delete message.agent_version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocol_major = value;
                            else
                                delete message.protocol_major;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocol_minor = value;
                            else
                                delete message.protocol_minor;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.config_json = value;
                            else
                                delete message.config_json;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.start_time_ns = value;
                            else
                                delete message.start_time_ns;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.wall_clock_iso = value;
                            else
                                delete message.wall_clock_iso;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sim_seed = value;
                            else
                                delete message.sim_seed;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.arm_driver = value;
                            else
                                delete message.arm_driver;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            if (!(message.arms && message.arms.length))
                                message.arms = [];
                            message.arms.push($root.farhand.v1.RecordedArm.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SessionStart message.
             * @function verify
             * @memberof farhand.v1.SessionStart
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SessionStart.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id"))
                    if (!$util.isString(message.session_id))
                        return "session_id: string expected";
                if (message.agent_version != null && $Object.hasOwnProperty.call(message, "agent_version"))
                    if (!$util.isString(message.agent_version))
                        return "agent_version: string expected";
                if (message.protocol_major != null && $Object.hasOwnProperty.call(message, "protocol_major"))
                    if (!$util.isInteger(message.protocol_major))
                        return "protocol_major: integer expected";
                if (message.protocol_minor != null && $Object.hasOwnProperty.call(message, "protocol_minor"))
                    if (!$util.isInteger(message.protocol_minor))
                        return "protocol_minor: integer expected";
                if (message.config_json != null && $Object.hasOwnProperty.call(message, "config_json"))
                    if (!$util.isString(message.config_json))
                        return "config_json: string expected";
                if (message.start_time_ns != null && $Object.hasOwnProperty.call(message, "start_time_ns"))
                    if (!$util.isInteger(message.start_time_ns) && !(message.start_time_ns && $util.isInteger(message.start_time_ns.low) && $util.isInteger(message.start_time_ns.high)))
                        return "start_time_ns: integer|Long expected";
                if (message.wall_clock_iso != null && $Object.hasOwnProperty.call(message, "wall_clock_iso"))
                    if (!$util.isString(message.wall_clock_iso))
                        return "wall_clock_iso: string expected";
                if (message.sim_seed != null && $Object.hasOwnProperty.call(message, "sim_seed"))
                    if (!$util.isInteger(message.sim_seed) && !(message.sim_seed && $util.isInteger(message.sim_seed.low) && $util.isInteger(message.sim_seed.high)))
                        return "sim_seed: integer|Long expected";
                if (message.arm_driver != null && $Object.hasOwnProperty.call(message, "arm_driver"))
                    if (!$util.isString(message.arm_driver))
                        return "arm_driver: string expected";
                if (message.arms != null && $Object.hasOwnProperty.call(message, "arms")) {
                    if (!$Array.isArray(message.arms))
                        return "arms: array expected";
                    for (let i = 0; i < message.arms.length; ++i) {
                        let error = $root.farhand.v1.RecordedArm.verify(message.arms[i], _depth + 1);
                        if (error)
                            return "arms." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a SessionStart message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.SessionStart
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.SessionStart} SessionStart
             */
            SessionStart.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.SessionStart)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.SessionStart: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.SessionStart();
                if (object.session_id != null)
                    if (typeof object.session_id !== "string" || object.session_id.length)
                        message.session_id = $String(object.session_id);
                if (object.agent_version != null)
                    if (typeof object.agent_version !== "string" || object.agent_version.length)
                        message.agent_version = $String(object.agent_version);
                if (object.protocol_major != null)
                    if ($Number(object.protocol_major) !== 0)
                        message.protocol_major = object.protocol_major >>> 0;
                if (object.protocol_minor != null)
                    if ($Number(object.protocol_minor) !== 0)
                        message.protocol_minor = object.protocol_minor >>> 0;
                if (object.config_json != null)
                    if (typeof object.config_json !== "string" || object.config_json.length)
                        message.config_json = $String(object.config_json);
                if (object.start_time_ns != null)
                    if (typeof object.start_time_ns === "object" ? object.start_time_ns.low || object.start_time_ns.high : $Number(object.start_time_ns) !== 0)
                        if ($util.Long)
                            message.start_time_ns = $util.Long.fromValue(object.start_time_ns, true);
                        else if (typeof object.start_time_ns === "string")
                            message.start_time_ns = $parseInt(object.start_time_ns, 10);
                        else if (typeof object.start_time_ns === "number")
                            message.start_time_ns = object.start_time_ns;
                        else if (typeof object.start_time_ns === "object")
                            message.start_time_ns = new $util.LongBits(object.start_time_ns.low >>> 0, object.start_time_ns.high >>> 0).toNumber(true);
                if (object.wall_clock_iso != null)
                    if (typeof object.wall_clock_iso !== "string" || object.wall_clock_iso.length)
                        message.wall_clock_iso = $String(object.wall_clock_iso);
                if (object.sim_seed != null)
                    if (typeof object.sim_seed === "object" ? object.sim_seed.low || object.sim_seed.high : $Number(object.sim_seed) !== 0)
                        if ($util.Long)
                            message.sim_seed = $util.Long.fromValue(object.sim_seed, true);
                        else if (typeof object.sim_seed === "string")
                            message.sim_seed = $parseInt(object.sim_seed, 10);
                        else if (typeof object.sim_seed === "number")
                            message.sim_seed = object.sim_seed;
                        else if (typeof object.sim_seed === "object")
                            message.sim_seed = new $util.LongBits(object.sim_seed.low >>> 0, object.sim_seed.high >>> 0).toNumber(true);
                if (object.arm_driver != null)
                    if (typeof object.arm_driver !== "string" || object.arm_driver.length)
                        message.arm_driver = $String(object.arm_driver);
                if (object.arms) {
                    if (!$Array.isArray(object.arms))
                        throw $TypeError(".farhand.v1.SessionStart.arms: array expected");
                    message.arms = $Array(object.arms.length);
                    for (let i = 0; i < object.arms.length; ++i) {
                        if (!$util.isObject(object.arms[i]))
                            throw $TypeError(".farhand.v1.SessionStart.arms: object expected");
                        message.arms[i] = $root.farhand.v1.RecordedArm.fromObject(object.arms[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a SessionStart message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.SessionStart
             * @static
             * @param {farhand.v1.SessionStart} message SessionStart
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SessionStart.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.arms = [];
                if (options.defaults) {
                    object.session_id = "";
                    object.agent_version = "";
                    object.protocol_major = 0;
                    object.protocol_minor = 0;
                    object.config_json = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.start_time_ns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.start_time_ns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.wall_clock_iso = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sim_seed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sim_seed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.arm_driver = "";
                }
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id"))
                    object.session_id = message.session_id;
                if (message.agent_version != null && $Object.hasOwnProperty.call(message, "agent_version"))
                    object.agent_version = message.agent_version;
                if (message.protocol_major != null && $Object.hasOwnProperty.call(message, "protocol_major"))
                    object.protocol_major = message.protocol_major;
                if (message.protocol_minor != null && $Object.hasOwnProperty.call(message, "protocol_minor"))
                    object.protocol_minor = message.protocol_minor;
                if (message.config_json != null && $Object.hasOwnProperty.call(message, "config_json"))
                    object.config_json = message.config_json;
                if (message.start_time_ns != null && $Object.hasOwnProperty.call(message, "start_time_ns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.start_time_ns = typeof message.start_time_ns === "number" ? $BigInt(message.start_time_ns) : $util.Long.fromBits(message.start_time_ns.low >>> 0, message.start_time_ns.high >>> 0, true).toBigInt();
                    else if (typeof message.start_time_ns === "number")
                        object.start_time_ns = options.longs === $String ? $String(message.start_time_ns) : message.start_time_ns;
                    else
                        object.start_time_ns = options.longs === $String ? $util.Long.prototype.toString.call(message.start_time_ns) : options.longs === $Number ? new $util.LongBits(message.start_time_ns.low >>> 0, message.start_time_ns.high >>> 0).toNumber(true) : message.start_time_ns;
                if (message.wall_clock_iso != null && $Object.hasOwnProperty.call(message, "wall_clock_iso"))
                    object.wall_clock_iso = message.wall_clock_iso;
                if (message.sim_seed != null && $Object.hasOwnProperty.call(message, "sim_seed"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sim_seed = typeof message.sim_seed === "number" ? $BigInt(message.sim_seed) : $util.Long.fromBits(message.sim_seed.low >>> 0, message.sim_seed.high >>> 0, true).toBigInt();
                    else if (typeof message.sim_seed === "number")
                        object.sim_seed = options.longs === $String ? $String(message.sim_seed) : message.sim_seed;
                    else
                        object.sim_seed = options.longs === $String ? $util.Long.prototype.toString.call(message.sim_seed) : options.longs === $Number ? new $util.LongBits(message.sim_seed.low >>> 0, message.sim_seed.high >>> 0).toNumber(true) : message.sim_seed;
                if (message.arm_driver != null && $Object.hasOwnProperty.call(message, "arm_driver"))
                    object.arm_driver = message.arm_driver;
                if (message.arms && message.arms.length) {
                    object.arms = $Array(message.arms.length);
                    for (let j = 0; j < message.arms.length; ++j)
                        object.arms[j] = $root.farhand.v1.RecordedArm.toObject(message.arms[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this SessionStart to JSON.
             * @function toJSON
             * @memberof farhand.v1.SessionStart
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SessionStart.prototype.toJSON = function() {
                return SessionStart.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SessionStart;
        })();

        v1.RecordedArm = (function() {

            /**
             * Properties of a RecordedArm.
             * @typedef {Object} farhand.v1.RecordedArm.$Properties
             * @property {number|null} [arm_id] RecordedArm arm_id
             * @property {string|null} [name] PSM1, PSM2, ECM
             * @property {farhand.v1.ArmKind|null} [kind] RecordedArm kind
             * @property {farhand.v1.Pose.$Properties|null} [base_in_cart] the arm's base frame in the cart frame (m, quaternion xyzw)
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RecordedArm.
             * @memberof farhand.v1
             * @interface IRecordedArm
             * @augments farhand.v1.RecordedArm.$Properties
             * @deprecated Use farhand.v1.RecordedArm.$Properties instead.
             */

            /**
             * Shape of a RecordedArm.
             * @typedef {farhand.v1.RecordedArm.$Properties} farhand.v1.RecordedArm.$Shape
             */

            /**
             * Constructs a new RecordedArm.
             * @memberof farhand.v1
             * @classdesc One arm of a multi-arm session: who it is and where the dVRK system file places its base (RCM) frame
             * in the cart frame, so a reader places every arm's tick rows without the agent's config or the sim.
             * @constructor
             * @param {farhand.v1.RecordedArm.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RecordedArm = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RecordedArm arm_id.
             * @member {number} arm_id
             * @memberof farhand.v1.RecordedArm
             * @instance
             */
            RecordedArm.prototype.arm_id = 0;

            /**
             * PSM1, PSM2, ECM
             * @member {string} name
             * @memberof farhand.v1.RecordedArm
             * @instance
             */
            RecordedArm.prototype.name = "";

            /**
             * RecordedArm kind.
             * @member {farhand.v1.ArmKind} kind
             * @memberof farhand.v1.RecordedArm
             * @instance
             */
            RecordedArm.prototype.kind = 0;

            /**
             * the arm's base frame in the cart frame (m, quaternion xyzw)
             * @member {farhand.v1.Pose.$Properties|null|undefined} base_in_cart
             * @memberof farhand.v1.RecordedArm
             * @instance
             */
            RecordedArm.prototype.base_in_cart = null;

            /**
             * Creates a new RecordedArm instance using the specified properties.
             * @function create
             * @memberof farhand.v1.RecordedArm
             * @static
             * @param {farhand.v1.RecordedArm.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.RecordedArm} RecordedArm instance
             * @type {{
             *   (properties: farhand.v1.RecordedArm.$Shape): farhand.v1.RecordedArm & farhand.v1.RecordedArm.$Shape;
             *   (properties?: farhand.v1.RecordedArm.$Properties): farhand.v1.RecordedArm;
             * }}
             */
            RecordedArm.create = function(properties) {
                return new RecordedArm(properties);
            };

            /**
             * Encodes the specified RecordedArm message. Does not implicitly {@link farhand.v1.RecordedArm.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.RecordedArm
             * @static
             * @param {farhand.v1.RecordedArm.$Properties} message RecordedArm message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecordedArm.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id") && message.arm_id !== 0)
                    writer.uint32(/* id 20, wireType 0 =*/160).uint32(message.arm_id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 21, wireType 2 =*/170).string(message.name);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 22, wireType 0 =*/176).int32(message.kind);
                if (message.base_in_cart != null && $Object.hasOwnProperty.call(message, "base_in_cart"))
                    $root.farhand.v1.Pose.encode(message.base_in_cart, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RecordedArm message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.RecordedArm
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.RecordedArm & farhand.v1.RecordedArm.$Shape} RecordedArm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecordedArm.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.RecordedArm();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.arm_id = value;
                            else
                                delete message.arm_id;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.base_in_cart = $root.farhand.v1.Pose.decode(reader, reader.size(), $undefined, _depth + 1, message.base_in_cart);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RecordedArm message.
             * @function verify
             * @memberof farhand.v1.RecordedArm
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RecordedArm.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id"))
                    if (!$util.isInteger(message.arm_id))
                        return "arm_id: integer expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.base_in_cart != null && $Object.hasOwnProperty.call(message, "base_in_cart")) {
                    let error = $root.farhand.v1.Pose.verify(message.base_in_cart, _depth + 1);
                    if (error)
                        return "base_in_cart." + error;
                }
                return null;
            };

            /**
             * Creates a RecordedArm message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.RecordedArm
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.RecordedArm} RecordedArm
             */
            RecordedArm.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.RecordedArm)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.RecordedArm: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.RecordedArm();
                if (object.arm_id != null)
                    if ($Number(object.arm_id) !== 0)
                        message.arm_id = object.arm_id >>> 0;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.farhand.v1.ArmKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "ARM_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "INSTRUMENT":
                    case 1:
                        message.kind = 1;
                        break;
                    case "CAMERA":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.base_in_cart != null) {
                    if (!$util.isObject(object.base_in_cart))
                        throw $TypeError(".farhand.v1.RecordedArm.base_in_cart: object expected");
                    message.base_in_cart = $root.farhand.v1.Pose.fromObject(object.base_in_cart, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a RecordedArm message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.RecordedArm
             * @static
             * @param {farhand.v1.RecordedArm} message RecordedArm
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RecordedArm.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.arm_id = 0;
                    object.name = "";
                    object.kind = options.enums === $String ? "ARM_KIND_UNSPECIFIED" : 0;
                    object.base_in_cart = null;
                }
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id"))
                    object.arm_id = message.arm_id;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.farhand.v1.ArmKind[message.kind] === $undefined ? message.kind : $root.farhand.v1.ArmKind[message.kind] : message.kind;
                if (message.base_in_cart != null && $Object.hasOwnProperty.call(message, "base_in_cart"))
                    object.base_in_cart = $root.farhand.v1.Pose.toObject(message.base_in_cart, options, _depth + 1);
                return object;
            };

            /**
             * Converts this RecordedArm to JSON.
             * @function toJSON
             * @memberof farhand.v1.RecordedArm
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RecordedArm.prototype.toJSON = function() {
                return RecordedArm.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RecordedArm;
        })();

        v1.RecordedFrame = (function() {

            /**
             * Properties of a RecordedFrame.
             * @typedef {Object} farhand.v1.RecordedFrame.$Properties
             * @property {number|null} [tick] RecordedFrame tick
             * @property {number|null} [receive_time_ns] agent clock
             * @property {string|null} [session_id] sender's session
             * @property {farhand.v1.MotionFrame.$Properties|null} [frame] RecordedFrame frame
             * @property {boolean|null} [refused] refused before the core (validation, not controller, flood)
             * @property {string|null} [refuse_reason] RecordedFrame refuse_reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RecordedFrame.
             * @memberof farhand.v1
             * @interface IRecordedFrame
             * @augments farhand.v1.RecordedFrame.$Properties
             * @deprecated Use farhand.v1.RecordedFrame.$Properties instead.
             */

            /**
             * Shape of a RecordedFrame.
             * @typedef {farhand.v1.RecordedFrame.$Properties} farhand.v1.RecordedFrame.$Shape
             */

            /**
             * Constructs a new RecordedFrame.
             * @memberof farhand.v1
             * @classdesc Represents a RecordedFrame.
             * @constructor
             * @param {farhand.v1.RecordedFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RecordedFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RecordedFrame tick.
             * @member {number} tick
             * @memberof farhand.v1.RecordedFrame
             * @instance
             */
            RecordedFrame.prototype.tick = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * agent clock
             * @member {number} receive_time_ns
             * @memberof farhand.v1.RecordedFrame
             * @instance
             */
            RecordedFrame.prototype.receive_time_ns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * sender's session
             * @member {string} session_id
             * @memberof farhand.v1.RecordedFrame
             * @instance
             */
            RecordedFrame.prototype.session_id = "";

            /**
             * RecordedFrame frame.
             * @member {farhand.v1.MotionFrame.$Properties|null|undefined} frame
             * @memberof farhand.v1.RecordedFrame
             * @instance
             */
            RecordedFrame.prototype.frame = null;

            /**
             * refused before the core (validation, not controller, flood)
             * @member {boolean} refused
             * @memberof farhand.v1.RecordedFrame
             * @instance
             */
            RecordedFrame.prototype.refused = false;

            /**
             * RecordedFrame refuse_reason.
             * @member {string} refuse_reason
             * @memberof farhand.v1.RecordedFrame
             * @instance
             */
            RecordedFrame.prototype.refuse_reason = "";

            /**
             * Creates a new RecordedFrame instance using the specified properties.
             * @function create
             * @memberof farhand.v1.RecordedFrame
             * @static
             * @param {farhand.v1.RecordedFrame.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.RecordedFrame} RecordedFrame instance
             * @type {{
             *   (properties: farhand.v1.RecordedFrame.$Shape): farhand.v1.RecordedFrame & farhand.v1.RecordedFrame.$Shape;
             *   (properties?: farhand.v1.RecordedFrame.$Properties): farhand.v1.RecordedFrame;
             * }}
             */
            RecordedFrame.create = function(properties) {
                return new RecordedFrame(properties);
            };

            /**
             * Encodes the specified RecordedFrame message. Does not implicitly {@link farhand.v1.RecordedFrame.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.RecordedFrame
             * @static
             * @param {farhand.v1.RecordedFrame.$Properties} message RecordedFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecordedFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tick != null && $Object.hasOwnProperty.call(message, "tick") && (typeof message.tick === "object" ? message.tick.low || message.tick.high : message.tick !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.tick);
                if (message.receive_time_ns != null && $Object.hasOwnProperty.call(message, "receive_time_ns") && (typeof message.receive_time_ns === "object" ? message.receive_time_ns.low || message.receive_time_ns.high : message.receive_time_ns !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.receive_time_ns);
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id") && message.session_id !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.session_id);
                if (message.frame != null && $Object.hasOwnProperty.call(message, "frame"))
                    $root.farhand.v1.MotionFrame.encode(message.frame, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused") && message.refused !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.refused);
                if (message.refuse_reason != null && $Object.hasOwnProperty.call(message, "refuse_reason") && message.refuse_reason !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.refuse_reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RecordedFrame message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.RecordedFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.RecordedFrame & farhand.v1.RecordedFrame.$Shape} RecordedFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecordedFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.RecordedFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.tick = value;
                            else
                                delete message.tick;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.receive_time_ns = value;
                            else
                                delete message.receive_time_ns;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.session_id = value;
                            else
                                delete message.session_id;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.frame = $root.farhand.v1.MotionFrame.decode(reader, reader.size(), $undefined, _depth + 1, message.frame);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.refused = value;
                            else
                                delete message.refused;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.refuse_reason = value;
                            else
                                delete message.refuse_reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RecordedFrame message.
             * @function verify
             * @memberof farhand.v1.RecordedFrame
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RecordedFrame.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                    if (!$util.isInteger(message.tick) && !(message.tick && $util.isInteger(message.tick.low) && $util.isInteger(message.tick.high)))
                        return "tick: integer|Long expected";
                if (message.receive_time_ns != null && $Object.hasOwnProperty.call(message, "receive_time_ns"))
                    if (!$util.isInteger(message.receive_time_ns) && !(message.receive_time_ns && $util.isInteger(message.receive_time_ns.low) && $util.isInteger(message.receive_time_ns.high)))
                        return "receive_time_ns: integer|Long expected";
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id"))
                    if (!$util.isString(message.session_id))
                        return "session_id: string expected";
                if (message.frame != null && $Object.hasOwnProperty.call(message, "frame")) {
                    let error = $root.farhand.v1.MotionFrame.verify(message.frame, _depth + 1);
                    if (error)
                        return "frame." + error;
                }
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused"))
                    if (typeof message.refused !== "boolean")
                        return "refused: boolean expected";
                if (message.refuse_reason != null && $Object.hasOwnProperty.call(message, "refuse_reason"))
                    if (!$util.isString(message.refuse_reason))
                        return "refuse_reason: string expected";
                return null;
            };

            /**
             * Creates a RecordedFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.RecordedFrame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.RecordedFrame} RecordedFrame
             */
            RecordedFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.RecordedFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.RecordedFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.RecordedFrame();
                if (object.tick != null)
                    if (typeof object.tick === "object" ? object.tick.low || object.tick.high : $Number(object.tick) !== 0)
                        if ($util.Long)
                            message.tick = $util.Long.fromValue(object.tick, true);
                        else if (typeof object.tick === "string")
                            message.tick = $parseInt(object.tick, 10);
                        else if (typeof object.tick === "number")
                            message.tick = object.tick;
                        else if (typeof object.tick === "object")
                            message.tick = new $util.LongBits(object.tick.low >>> 0, object.tick.high >>> 0).toNumber(true);
                if (object.receive_time_ns != null)
                    if (typeof object.receive_time_ns === "object" ? object.receive_time_ns.low || object.receive_time_ns.high : $Number(object.receive_time_ns) !== 0)
                        if ($util.Long)
                            message.receive_time_ns = $util.Long.fromValue(object.receive_time_ns, true);
                        else if (typeof object.receive_time_ns === "string")
                            message.receive_time_ns = $parseInt(object.receive_time_ns, 10);
                        else if (typeof object.receive_time_ns === "number")
                            message.receive_time_ns = object.receive_time_ns;
                        else if (typeof object.receive_time_ns === "object")
                            message.receive_time_ns = new $util.LongBits(object.receive_time_ns.low >>> 0, object.receive_time_ns.high >>> 0).toNumber(true);
                if (object.session_id != null)
                    if (typeof object.session_id !== "string" || object.session_id.length)
                        message.session_id = $String(object.session_id);
                if (object.frame != null) {
                    if (!$util.isObject(object.frame))
                        throw $TypeError(".farhand.v1.RecordedFrame.frame: object expected");
                    message.frame = $root.farhand.v1.MotionFrame.fromObject(object.frame, _depth + 1);
                }
                if (object.refused != null)
                    if (object.refused)
                        message.refused = $Boolean(object.refused);
                if (object.refuse_reason != null)
                    if (typeof object.refuse_reason !== "string" || object.refuse_reason.length)
                        message.refuse_reason = $String(object.refuse_reason);
                return message;
            };

            /**
             * Creates a plain object from a RecordedFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.RecordedFrame
             * @static
             * @param {farhand.v1.RecordedFrame} message RecordedFrame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RecordedFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.tick = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.tick = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.receive_time_ns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.receive_time_ns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.session_id = "";
                    object.frame = null;
                    object.refused = false;
                    object.refuse_reason = "";
                }
                if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.tick = typeof message.tick === "number" ? $BigInt(message.tick) : $util.Long.fromBits(message.tick.low >>> 0, message.tick.high >>> 0, true).toBigInt();
                    else if (typeof message.tick === "number")
                        object.tick = options.longs === $String ? $String(message.tick) : message.tick;
                    else
                        object.tick = options.longs === $String ? $util.Long.prototype.toString.call(message.tick) : options.longs === $Number ? new $util.LongBits(message.tick.low >>> 0, message.tick.high >>> 0).toNumber(true) : message.tick;
                if (message.receive_time_ns != null && $Object.hasOwnProperty.call(message, "receive_time_ns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.receive_time_ns = typeof message.receive_time_ns === "number" ? $BigInt(message.receive_time_ns) : $util.Long.fromBits(message.receive_time_ns.low >>> 0, message.receive_time_ns.high >>> 0, true).toBigInt();
                    else if (typeof message.receive_time_ns === "number")
                        object.receive_time_ns = options.longs === $String ? $String(message.receive_time_ns) : message.receive_time_ns;
                    else
                        object.receive_time_ns = options.longs === $String ? $util.Long.prototype.toString.call(message.receive_time_ns) : options.longs === $Number ? new $util.LongBits(message.receive_time_ns.low >>> 0, message.receive_time_ns.high >>> 0).toNumber(true) : message.receive_time_ns;
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id"))
                    object.session_id = message.session_id;
                if (message.frame != null && $Object.hasOwnProperty.call(message, "frame"))
                    object.frame = $root.farhand.v1.MotionFrame.toObject(message.frame, options, _depth + 1);
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused"))
                    object.refused = message.refused;
                if (message.refuse_reason != null && $Object.hasOwnProperty.call(message, "refuse_reason"))
                    object.refuse_reason = message.refuse_reason;
                return object;
            };

            /**
             * Converts this RecordedFrame to JSON.
             * @function toJSON
             * @memberof farhand.v1.RecordedFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RecordedFrame.prototype.toJSON = function() {
                return RecordedFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RecordedFrame;
        })();

        v1.RecordedClock = (function() {

            /**
             * Properties of a RecordedClock.
             * @typedef {Object} farhand.v1.RecordedClock.$Properties
             * @property {number|null} [tick] RecordedClock tick
             * @property {string|null} [session_id] RecordedClock session_id
             * @property {farhand.v1.ClockProbe.$Properties|null} [probe] completed quadruple; agent_originated says whose clock t0/t3 are on
             * @property {boolean|null} [agent_originated] RecordedClock agent_originated
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RecordedClock.
             * @memberof farhand.v1
             * @interface IRecordedClock
             * @augments farhand.v1.RecordedClock.$Properties
             * @deprecated Use farhand.v1.RecordedClock.$Properties instead.
             */

            /**
             * Shape of a RecordedClock.
             * @typedef {farhand.v1.RecordedClock.$Properties} farhand.v1.RecordedClock.$Shape
             */

            /**
             * Constructs a new RecordedClock.
             * @memberof farhand.v1
             * @classdesc Represents a RecordedClock.
             * @constructor
             * @param {farhand.v1.RecordedClock.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RecordedClock = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RecordedClock tick.
             * @member {number} tick
             * @memberof farhand.v1.RecordedClock
             * @instance
             */
            RecordedClock.prototype.tick = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RecordedClock session_id.
             * @member {string} session_id
             * @memberof farhand.v1.RecordedClock
             * @instance
             */
            RecordedClock.prototype.session_id = "";

            /**
             * completed quadruple; agent_originated says whose clock t0/t3 are on
             * @member {farhand.v1.ClockProbe.$Properties|null|undefined} probe
             * @memberof farhand.v1.RecordedClock
             * @instance
             */
            RecordedClock.prototype.probe = null;

            /**
             * RecordedClock agent_originated.
             * @member {boolean} agent_originated
             * @memberof farhand.v1.RecordedClock
             * @instance
             */
            RecordedClock.prototype.agent_originated = false;

            /**
             * Creates a new RecordedClock instance using the specified properties.
             * @function create
             * @memberof farhand.v1.RecordedClock
             * @static
             * @param {farhand.v1.RecordedClock.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.RecordedClock} RecordedClock instance
             * @type {{
             *   (properties: farhand.v1.RecordedClock.$Shape): farhand.v1.RecordedClock & farhand.v1.RecordedClock.$Shape;
             *   (properties?: farhand.v1.RecordedClock.$Properties): farhand.v1.RecordedClock;
             * }}
             */
            RecordedClock.create = function(properties) {
                return new RecordedClock(properties);
            };

            /**
             * Encodes the specified RecordedClock message. Does not implicitly {@link farhand.v1.RecordedClock.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.RecordedClock
             * @static
             * @param {farhand.v1.RecordedClock.$Properties} message RecordedClock message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecordedClock.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tick != null && $Object.hasOwnProperty.call(message, "tick") && (typeof message.tick === "object" ? message.tick.low || message.tick.high : message.tick !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.tick);
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id") && message.session_id !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.session_id);
                if (message.probe != null && $Object.hasOwnProperty.call(message, "probe"))
                    $root.farhand.v1.ClockProbe.encode(message.probe, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.agent_originated != null && $Object.hasOwnProperty.call(message, "agent_originated") && message.agent_originated !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.agent_originated);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RecordedClock message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.RecordedClock
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.RecordedClock & farhand.v1.RecordedClock.$Shape} RecordedClock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecordedClock.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.RecordedClock();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.tick = value;
                            else
                                delete message.tick;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.session_id = value;
                            else
                                delete message.session_id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.probe = $root.farhand.v1.ClockProbe.decode(reader, reader.size(), $undefined, _depth + 1, message.probe);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.agent_originated = value;
                            else
                                delete message.agent_originated;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RecordedClock message.
             * @function verify
             * @memberof farhand.v1.RecordedClock
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RecordedClock.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                    if (!$util.isInteger(message.tick) && !(message.tick && $util.isInteger(message.tick.low) && $util.isInteger(message.tick.high)))
                        return "tick: integer|Long expected";
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id"))
                    if (!$util.isString(message.session_id))
                        return "session_id: string expected";
                if (message.probe != null && $Object.hasOwnProperty.call(message, "probe")) {
                    let error = $root.farhand.v1.ClockProbe.verify(message.probe, _depth + 1);
                    if (error)
                        return "probe." + error;
                }
                if (message.agent_originated != null && $Object.hasOwnProperty.call(message, "agent_originated"))
                    if (typeof message.agent_originated !== "boolean")
                        return "agent_originated: boolean expected";
                return null;
            };

            /**
             * Creates a RecordedClock message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.RecordedClock
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.RecordedClock} RecordedClock
             */
            RecordedClock.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.RecordedClock)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.RecordedClock: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.RecordedClock();
                if (object.tick != null)
                    if (typeof object.tick === "object" ? object.tick.low || object.tick.high : $Number(object.tick) !== 0)
                        if ($util.Long)
                            message.tick = $util.Long.fromValue(object.tick, true);
                        else if (typeof object.tick === "string")
                            message.tick = $parseInt(object.tick, 10);
                        else if (typeof object.tick === "number")
                            message.tick = object.tick;
                        else if (typeof object.tick === "object")
                            message.tick = new $util.LongBits(object.tick.low >>> 0, object.tick.high >>> 0).toNumber(true);
                if (object.session_id != null)
                    if (typeof object.session_id !== "string" || object.session_id.length)
                        message.session_id = $String(object.session_id);
                if (object.probe != null) {
                    if (!$util.isObject(object.probe))
                        throw $TypeError(".farhand.v1.RecordedClock.probe: object expected");
                    message.probe = $root.farhand.v1.ClockProbe.fromObject(object.probe, _depth + 1);
                }
                if (object.agent_originated != null)
                    if (object.agent_originated)
                        message.agent_originated = $Boolean(object.agent_originated);
                return message;
            };

            /**
             * Creates a plain object from a RecordedClock message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.RecordedClock
             * @static
             * @param {farhand.v1.RecordedClock} message RecordedClock
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RecordedClock.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.tick = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.tick = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.session_id = "";
                    object.probe = null;
                    object.agent_originated = false;
                }
                if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.tick = typeof message.tick === "number" ? $BigInt(message.tick) : $util.Long.fromBits(message.tick.low >>> 0, message.tick.high >>> 0, true).toBigInt();
                    else if (typeof message.tick === "number")
                        object.tick = options.longs === $String ? $String(message.tick) : message.tick;
                    else
                        object.tick = options.longs === $String ? $util.Long.prototype.toString.call(message.tick) : options.longs === $Number ? new $util.LongBits(message.tick.low >>> 0, message.tick.high >>> 0).toNumber(true) : message.tick;
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id"))
                    object.session_id = message.session_id;
                if (message.probe != null && $Object.hasOwnProperty.call(message, "probe"))
                    object.probe = $root.farhand.v1.ClockProbe.toObject(message.probe, options, _depth + 1);
                if (message.agent_originated != null && $Object.hasOwnProperty.call(message, "agent_originated"))
                    object.agent_originated = message.agent_originated;
                return object;
            };

            /**
             * Converts this RecordedClock to JSON.
             * @function toJSON
             * @memberof farhand.v1.RecordedClock
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RecordedClock.prototype.toJSON = function() {
                return RecordedClock.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RecordedClock;
        })();

        v1.RecordedCommand = (function() {

            /**
             * Properties of a RecordedCommand.
             * @typedef {Object} farhand.v1.RecordedCommand.$Properties
             * @property {number|null} [tick] RecordedCommand tick
             * @property {number|null} [receive_time_ns] RecordedCommand receive_time_ns
             * @property {string|null} [session_id] RecordedCommand session_id
             * @property {farhand.v1.Role|null} [role] RecordedCommand role
             * @property {farhand.v1.Command.$Properties|null} [command] RecordedCommand command
             * @property {farhand.v1.CommandAck.$Properties|null} [ack] RecordedCommand ack
             * @property {boolean|null} [to_core] handed to the core at `tick` (false: answered by the agent, e.g. control lock)
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RecordedCommand.
             * @memberof farhand.v1
             * @interface IRecordedCommand
             * @augments farhand.v1.RecordedCommand.$Properties
             * @deprecated Use farhand.v1.RecordedCommand.$Properties instead.
             */

            /**
             * Shape of a RecordedCommand.
             * @typedef {farhand.v1.RecordedCommand.$Properties} farhand.v1.RecordedCommand.$Shape
             */

            /**
             * Constructs a new RecordedCommand.
             * @memberof farhand.v1
             * @classdesc Represents a RecordedCommand.
             * @constructor
             * @param {farhand.v1.RecordedCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RecordedCommand = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RecordedCommand tick.
             * @member {number} tick
             * @memberof farhand.v1.RecordedCommand
             * @instance
             */
            RecordedCommand.prototype.tick = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RecordedCommand receive_time_ns.
             * @member {number} receive_time_ns
             * @memberof farhand.v1.RecordedCommand
             * @instance
             */
            RecordedCommand.prototype.receive_time_ns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RecordedCommand session_id.
             * @member {string} session_id
             * @memberof farhand.v1.RecordedCommand
             * @instance
             */
            RecordedCommand.prototype.session_id = "";

            /**
             * RecordedCommand role.
             * @member {farhand.v1.Role} role
             * @memberof farhand.v1.RecordedCommand
             * @instance
             */
            RecordedCommand.prototype.role = 0;

            /**
             * RecordedCommand command.
             * @member {farhand.v1.Command.$Properties|null|undefined} command
             * @memberof farhand.v1.RecordedCommand
             * @instance
             */
            RecordedCommand.prototype.command = null;

            /**
             * RecordedCommand ack.
             * @member {farhand.v1.CommandAck.$Properties|null|undefined} ack
             * @memberof farhand.v1.RecordedCommand
             * @instance
             */
            RecordedCommand.prototype.ack = null;

            /**
             * handed to the core at `tick` (false: answered by the agent, e.g. control lock)
             * @member {boolean} to_core
             * @memberof farhand.v1.RecordedCommand
             * @instance
             */
            RecordedCommand.prototype.to_core = false;

            /**
             * Creates a new RecordedCommand instance using the specified properties.
             * @function create
             * @memberof farhand.v1.RecordedCommand
             * @static
             * @param {farhand.v1.RecordedCommand.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.RecordedCommand} RecordedCommand instance
             * @type {{
             *   (properties: farhand.v1.RecordedCommand.$Shape): farhand.v1.RecordedCommand & farhand.v1.RecordedCommand.$Shape;
             *   (properties?: farhand.v1.RecordedCommand.$Properties): farhand.v1.RecordedCommand;
             * }}
             */
            RecordedCommand.create = function(properties) {
                return new RecordedCommand(properties);
            };

            /**
             * Encodes the specified RecordedCommand message. Does not implicitly {@link farhand.v1.RecordedCommand.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.RecordedCommand
             * @static
             * @param {farhand.v1.RecordedCommand.$Properties} message RecordedCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecordedCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tick != null && $Object.hasOwnProperty.call(message, "tick") && (typeof message.tick === "object" ? message.tick.low || message.tick.high : message.tick !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.tick);
                if (message.receive_time_ns != null && $Object.hasOwnProperty.call(message, "receive_time_ns") && (typeof message.receive_time_ns === "object" ? message.receive_time_ns.low || message.receive_time_ns.high : message.receive_time_ns !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.receive_time_ns);
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id") && message.session_id !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.session_id);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.role);
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    $root.farhand.v1.Command.encode(message.command, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.farhand.v1.CommandAck.encode(message.ack, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.to_core != null && $Object.hasOwnProperty.call(message, "to_core") && message.to_core !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.to_core);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RecordedCommand message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.RecordedCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.RecordedCommand & farhand.v1.RecordedCommand.$Shape} RecordedCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecordedCommand.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.RecordedCommand();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.tick = value;
                            else
                                delete message.tick;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.receive_time_ns = value;
                            else
                                delete message.receive_time_ns;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.session_id = value;
                            else
                                delete message.session_id;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.command = $root.farhand.v1.Command.decode(reader, reader.size(), $undefined, _depth + 1, message.command);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.farhand.v1.CommandAck.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.to_core = value;
                            else
                                delete message.to_core;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RecordedCommand message.
             * @function verify
             * @memberof farhand.v1.RecordedCommand
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RecordedCommand.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                    if (!$util.isInteger(message.tick) && !(message.tick && $util.isInteger(message.tick.low) && $util.isInteger(message.tick.high)))
                        return "tick: integer|Long expected";
                if (message.receive_time_ns != null && $Object.hasOwnProperty.call(message, "receive_time_ns"))
                    if (!$util.isInteger(message.receive_time_ns) && !(message.receive_time_ns && $util.isInteger(message.receive_time_ns.low) && $util.isInteger(message.receive_time_ns.high)))
                        return "receive_time_ns: integer|Long expected";
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id"))
                    if (!$util.isString(message.session_id))
                        return "session_id: string expected";
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    if (typeof message.role !== "number" || (message.role | 0) !== message.role)
                        return "role: enum value expected";
                if (message.command != null && $Object.hasOwnProperty.call(message, "command")) {
                    let error = $root.farhand.v1.Command.verify(message.command, _depth + 1);
                    if (error)
                        return "command." + error;
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    let error = $root.farhand.v1.CommandAck.verify(message.ack, _depth + 1);
                    if (error)
                        return "ack." + error;
                }
                if (message.to_core != null && $Object.hasOwnProperty.call(message, "to_core"))
                    if (typeof message.to_core !== "boolean")
                        return "to_core: boolean expected";
                return null;
            };

            /**
             * Creates a RecordedCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.RecordedCommand
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.RecordedCommand} RecordedCommand
             */
            RecordedCommand.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.RecordedCommand)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.RecordedCommand: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.RecordedCommand();
                if (object.tick != null)
                    if (typeof object.tick === "object" ? object.tick.low || object.tick.high : $Number(object.tick) !== 0)
                        if ($util.Long)
                            message.tick = $util.Long.fromValue(object.tick, true);
                        else if (typeof object.tick === "string")
                            message.tick = $parseInt(object.tick, 10);
                        else if (typeof object.tick === "number")
                            message.tick = object.tick;
                        else if (typeof object.tick === "object")
                            message.tick = new $util.LongBits(object.tick.low >>> 0, object.tick.high >>> 0).toNumber(true);
                if (object.receive_time_ns != null)
                    if (typeof object.receive_time_ns === "object" ? object.receive_time_ns.low || object.receive_time_ns.high : $Number(object.receive_time_ns) !== 0)
                        if ($util.Long)
                            message.receive_time_ns = $util.Long.fromValue(object.receive_time_ns, true);
                        else if (typeof object.receive_time_ns === "string")
                            message.receive_time_ns = $parseInt(object.receive_time_ns, 10);
                        else if (typeof object.receive_time_ns === "number")
                            message.receive_time_ns = object.receive_time_ns;
                        else if (typeof object.receive_time_ns === "object")
                            message.receive_time_ns = new $util.LongBits(object.receive_time_ns.low >>> 0, object.receive_time_ns.high >>> 0).toNumber(true);
                if (object.session_id != null)
                    if (typeof object.session_id !== "string" || object.session_id.length)
                        message.session_id = $String(object.session_id);
                if (object.role !== 0 && (typeof object.role !== "string" || $root.farhand.v1.Role[object.role] !== 0))
                    switch (object.role) {
                    case "ROLE_UNSPECIFIED":
                    case 0:
                        message.role = 0;
                        break;
                    case "SURGEON":
                    case 1:
                        message.role = 1;
                        break;
                    case "OBSERVER":
                    case 2:
                        message.role = 2;
                        break;
                    case "ENGINEER":
                    case 3:
                        message.role = 3;
                        break;
                    default:
                        if (typeof object.role === "number" && (object.role | 0) === object.role)
                            message.role = object.role;
                    }
                if (object.command != null) {
                    if (!$util.isObject(object.command))
                        throw $TypeError(".farhand.v1.RecordedCommand.command: object expected");
                    message.command = $root.farhand.v1.Command.fromObject(object.command, _depth + 1);
                }
                if (object.ack != null) {
                    if (!$util.isObject(object.ack))
                        throw $TypeError(".farhand.v1.RecordedCommand.ack: object expected");
                    message.ack = $root.farhand.v1.CommandAck.fromObject(object.ack, _depth + 1);
                }
                if (object.to_core != null)
                    if (object.to_core)
                        message.to_core = $Boolean(object.to_core);
                return message;
            };

            /**
             * Creates a plain object from a RecordedCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.RecordedCommand
             * @static
             * @param {farhand.v1.RecordedCommand} message RecordedCommand
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RecordedCommand.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.tick = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.tick = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.receive_time_ns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.receive_time_ns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.session_id = "";
                    object.role = options.enums === $String ? "ROLE_UNSPECIFIED" : 0;
                    object.command = null;
                    object.ack = null;
                    object.to_core = false;
                }
                if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.tick = typeof message.tick === "number" ? $BigInt(message.tick) : $util.Long.fromBits(message.tick.low >>> 0, message.tick.high >>> 0, true).toBigInt();
                    else if (typeof message.tick === "number")
                        object.tick = options.longs === $String ? $String(message.tick) : message.tick;
                    else
                        object.tick = options.longs === $String ? $util.Long.prototype.toString.call(message.tick) : options.longs === $Number ? new $util.LongBits(message.tick.low >>> 0, message.tick.high >>> 0).toNumber(true) : message.tick;
                if (message.receive_time_ns != null && $Object.hasOwnProperty.call(message, "receive_time_ns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.receive_time_ns = typeof message.receive_time_ns === "number" ? $BigInt(message.receive_time_ns) : $util.Long.fromBits(message.receive_time_ns.low >>> 0, message.receive_time_ns.high >>> 0, true).toBigInt();
                    else if (typeof message.receive_time_ns === "number")
                        object.receive_time_ns = options.longs === $String ? $String(message.receive_time_ns) : message.receive_time_ns;
                    else
                        object.receive_time_ns = options.longs === $String ? $util.Long.prototype.toString.call(message.receive_time_ns) : options.longs === $Number ? new $util.LongBits(message.receive_time_ns.low >>> 0, message.receive_time_ns.high >>> 0).toNumber(true) : message.receive_time_ns;
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id"))
                    object.session_id = message.session_id;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = options.enums === $String ? $root.farhand.v1.Role[message.role] === $undefined ? message.role : $root.farhand.v1.Role[message.role] : message.role;
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    object.command = $root.farhand.v1.Command.toObject(message.command, options, _depth + 1);
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    object.ack = $root.farhand.v1.CommandAck.toObject(message.ack, options, _depth + 1);
                if (message.to_core != null && $Object.hasOwnProperty.call(message, "to_core"))
                    object.to_core = message.to_core;
                return object;
            };

            /**
             * Converts this RecordedCommand to JSON.
             * @function toJSON
             * @memberof farhand.v1.RecordedCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RecordedCommand.prototype.toJSON = function() {
                return RecordedCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RecordedCommand;
        })();

        v1.RecordedControl = (function() {

            /**
             * Properties of a RecordedControl.
             * @typedef {Object} farhand.v1.RecordedControl.$Properties
             * @property {number|null} [tick] RecordedControl tick
             * @property {number|null} [time_ns] RecordedControl time_ns
             * @property {string|null} [controller_session_id] empty: nobody
             * @property {string|null} [previous_session_id] RecordedControl previous_session_id
             * @property {string|null} [reason] REQUESTED, RELEASED, GRANTED, DISCONNECTED
             * @property {string|null} [granted_by_session_id] RecordedControl granted_by_session_id
             * @property {farhand.v1.MasterKind|null} [master_kind] The new controller's master kind, from its Hello (UNSPECIFIED: nobody, or a recording made before
             * this field; replay then falls back to the MASTER_ACTUATED / MASTER_UNACTUATED events, else UNACTUATED).
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RecordedControl.
             * @memberof farhand.v1
             * @interface IRecordedControl
             * @augments farhand.v1.RecordedControl.$Properties
             * @deprecated Use farhand.v1.RecordedControl.$Properties instead.
             */

            /**
             * Shape of a RecordedControl.
             * @typedef {farhand.v1.RecordedControl.$Properties} farhand.v1.RecordedControl.$Shape
             */

            /**
             * Constructs a new RecordedControl.
             * @memberof farhand.v1
             * @classdesc Represents a RecordedControl.
             * @constructor
             * @param {farhand.v1.RecordedControl.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RecordedControl = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RecordedControl tick.
             * @member {number} tick
             * @memberof farhand.v1.RecordedControl
             * @instance
             */
            RecordedControl.prototype.tick = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RecordedControl time_ns.
             * @member {number} time_ns
             * @memberof farhand.v1.RecordedControl
             * @instance
             */
            RecordedControl.prototype.time_ns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * empty: nobody
             * @member {string} controller_session_id
             * @memberof farhand.v1.RecordedControl
             * @instance
             */
            RecordedControl.prototype.controller_session_id = "";

            /**
             * RecordedControl previous_session_id.
             * @member {string} previous_session_id
             * @memberof farhand.v1.RecordedControl
             * @instance
             */
            RecordedControl.prototype.previous_session_id = "";

            /**
             * REQUESTED, RELEASED, GRANTED, DISCONNECTED
             * @member {string} reason
             * @memberof farhand.v1.RecordedControl
             * @instance
             */
            RecordedControl.prototype.reason = "";

            /**
             * RecordedControl granted_by_session_id.
             * @member {string} granted_by_session_id
             * @memberof farhand.v1.RecordedControl
             * @instance
             */
            RecordedControl.prototype.granted_by_session_id = "";

            /**
             * The new controller's master kind, from its Hello (UNSPECIFIED: nobody, or a recording made before
             * this field; replay then falls back to the MASTER_ACTUATED / MASTER_UNACTUATED events, else UNACTUATED).
             * @member {farhand.v1.MasterKind} master_kind
             * @memberof farhand.v1.RecordedControl
             * @instance
             */
            RecordedControl.prototype.master_kind = 0;

            /**
             * Creates a new RecordedControl instance using the specified properties.
             * @function create
             * @memberof farhand.v1.RecordedControl
             * @static
             * @param {farhand.v1.RecordedControl.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.RecordedControl} RecordedControl instance
             * @type {{
             *   (properties: farhand.v1.RecordedControl.$Shape): farhand.v1.RecordedControl & farhand.v1.RecordedControl.$Shape;
             *   (properties?: farhand.v1.RecordedControl.$Properties): farhand.v1.RecordedControl;
             * }}
             */
            RecordedControl.create = function(properties) {
                return new RecordedControl(properties);
            };

            /**
             * Encodes the specified RecordedControl message. Does not implicitly {@link farhand.v1.RecordedControl.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.RecordedControl
             * @static
             * @param {farhand.v1.RecordedControl.$Properties} message RecordedControl message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecordedControl.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tick != null && $Object.hasOwnProperty.call(message, "tick") && (typeof message.tick === "object" ? message.tick.low || message.tick.high : message.tick !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.tick);
                if (message.time_ns != null && $Object.hasOwnProperty.call(message, "time_ns") && (typeof message.time_ns === "object" ? message.time_ns.low || message.time_ns.high : message.time_ns !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.time_ns);
                if (message.controller_session_id != null && $Object.hasOwnProperty.call(message, "controller_session_id") && message.controller_session_id !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.controller_session_id);
                if (message.previous_session_id != null && $Object.hasOwnProperty.call(message, "previous_session_id") && message.previous_session_id !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.previous_session_id);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.reason);
                if (message.granted_by_session_id != null && $Object.hasOwnProperty.call(message, "granted_by_session_id") && message.granted_by_session_id !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.granted_by_session_id);
                if (message.master_kind != null && $Object.hasOwnProperty.call(message, "master_kind") && message.master_kind !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.master_kind);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RecordedControl message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.RecordedControl
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.RecordedControl & farhand.v1.RecordedControl.$Shape} RecordedControl
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecordedControl.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.RecordedControl();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.tick = value;
                            else
                                delete message.tick;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.time_ns = value;
                            else
                                delete message.time_ns;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.controller_session_id = value;
                            else
                                delete message.controller_session_id;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.previous_session_id = value;
                            else
                                delete message.previous_session_id;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.granted_by_session_id = value;
                            else
                                delete message.granted_by_session_id;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.master_kind = value;
                            else
                                delete message.master_kind;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RecordedControl message.
             * @function verify
             * @memberof farhand.v1.RecordedControl
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RecordedControl.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                    if (!$util.isInteger(message.tick) && !(message.tick && $util.isInteger(message.tick.low) && $util.isInteger(message.tick.high)))
                        return "tick: integer|Long expected";
                if (message.time_ns != null && $Object.hasOwnProperty.call(message, "time_ns"))
                    if (!$util.isInteger(message.time_ns) && !(message.time_ns && $util.isInteger(message.time_ns.low) && $util.isInteger(message.time_ns.high)))
                        return "time_ns: integer|Long expected";
                if (message.controller_session_id != null && $Object.hasOwnProperty.call(message, "controller_session_id"))
                    if (!$util.isString(message.controller_session_id))
                        return "controller_session_id: string expected";
                if (message.previous_session_id != null && $Object.hasOwnProperty.call(message, "previous_session_id"))
                    if (!$util.isString(message.previous_session_id))
                        return "previous_session_id: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.granted_by_session_id != null && $Object.hasOwnProperty.call(message, "granted_by_session_id"))
                    if (!$util.isString(message.granted_by_session_id))
                        return "granted_by_session_id: string expected";
                if (message.master_kind != null && $Object.hasOwnProperty.call(message, "master_kind"))
                    if (typeof message.master_kind !== "number" || (message.master_kind | 0) !== message.master_kind)
                        return "master_kind: enum value expected";
                return null;
            };

            /**
             * Creates a RecordedControl message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.RecordedControl
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.RecordedControl} RecordedControl
             */
            RecordedControl.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.RecordedControl)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.RecordedControl: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.RecordedControl();
                if (object.tick != null)
                    if (typeof object.tick === "object" ? object.tick.low || object.tick.high : $Number(object.tick) !== 0)
                        if ($util.Long)
                            message.tick = $util.Long.fromValue(object.tick, true);
                        else if (typeof object.tick === "string")
                            message.tick = $parseInt(object.tick, 10);
                        else if (typeof object.tick === "number")
                            message.tick = object.tick;
                        else if (typeof object.tick === "object")
                            message.tick = new $util.LongBits(object.tick.low >>> 0, object.tick.high >>> 0).toNumber(true);
                if (object.time_ns != null)
                    if (typeof object.time_ns === "object" ? object.time_ns.low || object.time_ns.high : $Number(object.time_ns) !== 0)
                        if ($util.Long)
                            message.time_ns = $util.Long.fromValue(object.time_ns, true);
                        else if (typeof object.time_ns === "string")
                            message.time_ns = $parseInt(object.time_ns, 10);
                        else if (typeof object.time_ns === "number")
                            message.time_ns = object.time_ns;
                        else if (typeof object.time_ns === "object")
                            message.time_ns = new $util.LongBits(object.time_ns.low >>> 0, object.time_ns.high >>> 0).toNumber(true);
                if (object.controller_session_id != null)
                    if (typeof object.controller_session_id !== "string" || object.controller_session_id.length)
                        message.controller_session_id = $String(object.controller_session_id);
                if (object.previous_session_id != null)
                    if (typeof object.previous_session_id !== "string" || object.previous_session_id.length)
                        message.previous_session_id = $String(object.previous_session_id);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.granted_by_session_id != null)
                    if (typeof object.granted_by_session_id !== "string" || object.granted_by_session_id.length)
                        message.granted_by_session_id = $String(object.granted_by_session_id);
                if (object.master_kind !== 0 && (typeof object.master_kind !== "string" || $root.farhand.v1.MasterKind[object.master_kind] !== 0))
                    switch (object.master_kind) {
                    case "MASTER_KIND_UNSPECIFIED":
                    case 0:
                        message.master_kind = 0;
                        break;
                    case "UNACTUATED":
                    case 1:
                        message.master_kind = 1;
                        break;
                    case "ACTUATED":
                    case 2:
                        message.master_kind = 2;
                        break;
                    default:
                        if (typeof object.master_kind === "number" && (object.master_kind | 0) === object.master_kind)
                            message.master_kind = object.master_kind;
                    }
                return message;
            };

            /**
             * Creates a plain object from a RecordedControl message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.RecordedControl
             * @static
             * @param {farhand.v1.RecordedControl} message RecordedControl
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RecordedControl.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.tick = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.tick = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.time_ns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.time_ns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.controller_session_id = "";
                    object.previous_session_id = "";
                    object.reason = "";
                    object.granted_by_session_id = "";
                    object.master_kind = options.enums === $String ? "MASTER_KIND_UNSPECIFIED" : 0;
                }
                if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.tick = typeof message.tick === "number" ? $BigInt(message.tick) : $util.Long.fromBits(message.tick.low >>> 0, message.tick.high >>> 0, true).toBigInt();
                    else if (typeof message.tick === "number")
                        object.tick = options.longs === $String ? $String(message.tick) : message.tick;
                    else
                        object.tick = options.longs === $String ? $util.Long.prototype.toString.call(message.tick) : options.longs === $Number ? new $util.LongBits(message.tick.low >>> 0, message.tick.high >>> 0).toNumber(true) : message.tick;
                if (message.time_ns != null && $Object.hasOwnProperty.call(message, "time_ns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.time_ns = typeof message.time_ns === "number" ? $BigInt(message.time_ns) : $util.Long.fromBits(message.time_ns.low >>> 0, message.time_ns.high >>> 0, true).toBigInt();
                    else if (typeof message.time_ns === "number")
                        object.time_ns = options.longs === $String ? $String(message.time_ns) : message.time_ns;
                    else
                        object.time_ns = options.longs === $String ? $util.Long.prototype.toString.call(message.time_ns) : options.longs === $Number ? new $util.LongBits(message.time_ns.low >>> 0, message.time_ns.high >>> 0).toNumber(true) : message.time_ns;
                if (message.controller_session_id != null && $Object.hasOwnProperty.call(message, "controller_session_id"))
                    object.controller_session_id = message.controller_session_id;
                if (message.previous_session_id != null && $Object.hasOwnProperty.call(message, "previous_session_id"))
                    object.previous_session_id = message.previous_session_id;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.granted_by_session_id != null && $Object.hasOwnProperty.call(message, "granted_by_session_id"))
                    object.granted_by_session_id = message.granted_by_session_id;
                if (message.master_kind != null && $Object.hasOwnProperty.call(message, "master_kind"))
                    object.master_kind = options.enums === $String ? $root.farhand.v1.MasterKind[message.master_kind] === $undefined ? message.master_kind : $root.farhand.v1.MasterKind[message.master_kind] : message.master_kind;
                return object;
            };

            /**
             * Converts this RecordedControl to JSON.
             * @function toJSON
             * @memberof farhand.v1.RecordedControl
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RecordedControl.prototype.toJSON = function() {
                return RecordedControl.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RecordedControl;
        })();

        v1.TickRecord = (function() {

            /**
             * Properties of a TickRecord.
             * @typedef {Object} farhand.v1.TickRecord.$Properties
             * @property {number|null} [tick] TickRecord tick
             * @property {number|null} [time_ns] agent clock passed to the core and the arm for this tick
             * @property {farhand.v1.Pose.$Properties|null} [setpoint_cp] TickRecord setpoint_cp
             * @property {number|null} [jaw_setpoint_rad] TickRecord jaw_setpoint_rad
             * @property {farhand.v1.Pose.$Properties|null} [measured_cp] TickRecord measured_cp
             * @property {Array.<number>|null} [measured_js] TickRecord measured_js
             * @property {number|null} [jaw_measured_rad] TickRecord jaw_measured_rad
             * @property {farhand.v1.SupervisorState|null} [state] TickRecord state
             * @property {string|null} [reason] TickRecord reason
             * @property {farhand.v1.ArmOperatingState|null} [operating_state] TickRecord operating_state
             * @property {number|null} [last_applied_seq] TickRecord last_applied_seq
             * @property {number|null} [arm_id] Issue 15: the arm this row is for. A multi-arm session writes one row per arm per tick, in arm order
             * (arm 0 first); a one-arm session writes one row per tick with arm_id absent (0), as before.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TickRecord.
             * @memberof farhand.v1
             * @interface ITickRecord
             * @augments farhand.v1.TickRecord.$Properties
             * @deprecated Use farhand.v1.TickRecord.$Properties instead.
             */

            /**
             * Shape of a TickRecord.
             * @typedef {farhand.v1.TickRecord.$Properties} farhand.v1.TickRecord.$Shape
             */

            /**
             * Constructs a new TickRecord.
             * @memberof farhand.v1
             * @classdesc Represents a TickRecord.
             * @constructor
             * @param {farhand.v1.TickRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TickRecord = function (properties) {
                this.measured_js = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TickRecord tick.
             * @member {number} tick
             * @memberof farhand.v1.TickRecord
             * @instance
             */
            TickRecord.prototype.tick = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * agent clock passed to the core and the arm for this tick
             * @member {number} time_ns
             * @memberof farhand.v1.TickRecord
             * @instance
             */
            TickRecord.prototype.time_ns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TickRecord setpoint_cp.
             * @member {farhand.v1.Pose.$Properties|null|undefined} setpoint_cp
             * @memberof farhand.v1.TickRecord
             * @instance
             */
            TickRecord.prototype.setpoint_cp = null;

            /**
             * TickRecord jaw_setpoint_rad.
             * @member {number} jaw_setpoint_rad
             * @memberof farhand.v1.TickRecord
             * @instance
             */
            TickRecord.prototype.jaw_setpoint_rad = 0;

            /**
             * TickRecord measured_cp.
             * @member {farhand.v1.Pose.$Properties|null|undefined} measured_cp
             * @memberof farhand.v1.TickRecord
             * @instance
             */
            TickRecord.prototype.measured_cp = null;

            /**
             * TickRecord measured_js.
             * @member {Array.<number>} measured_js
             * @memberof farhand.v1.TickRecord
             * @instance
             */
            TickRecord.prototype.measured_js = $util.emptyArray;

            /**
             * TickRecord jaw_measured_rad.
             * @member {number} jaw_measured_rad
             * @memberof farhand.v1.TickRecord
             * @instance
             */
            TickRecord.prototype.jaw_measured_rad = 0;

            /**
             * TickRecord state.
             * @member {farhand.v1.SupervisorState} state
             * @memberof farhand.v1.TickRecord
             * @instance
             */
            TickRecord.prototype.state = 0;

            /**
             * TickRecord reason.
             * @member {string} reason
             * @memberof farhand.v1.TickRecord
             * @instance
             */
            TickRecord.prototype.reason = "";

            /**
             * TickRecord operating_state.
             * @member {farhand.v1.ArmOperatingState} operating_state
             * @memberof farhand.v1.TickRecord
             * @instance
             */
            TickRecord.prototype.operating_state = 0;

            /**
             * TickRecord last_applied_seq.
             * @member {number} last_applied_seq
             * @memberof farhand.v1.TickRecord
             * @instance
             */
            TickRecord.prototype.last_applied_seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Issue 15: the arm this row is for. A multi-arm session writes one row per arm per tick, in arm order
             * (arm 0 first); a one-arm session writes one row per tick with arm_id absent (0), as before.
             * @member {number} arm_id
             * @memberof farhand.v1.TickRecord
             * @instance
             */
            TickRecord.prototype.arm_id = 0;

            /**
             * Creates a new TickRecord instance using the specified properties.
             * @function create
             * @memberof farhand.v1.TickRecord
             * @static
             * @param {farhand.v1.TickRecord.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.TickRecord} TickRecord instance
             * @type {{
             *   (properties: farhand.v1.TickRecord.$Shape): farhand.v1.TickRecord & farhand.v1.TickRecord.$Shape;
             *   (properties?: farhand.v1.TickRecord.$Properties): farhand.v1.TickRecord;
             * }}
             */
            TickRecord.create = function(properties) {
                return new TickRecord(properties);
            };

            /**
             * Encodes the specified TickRecord message. Does not implicitly {@link farhand.v1.TickRecord.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.TickRecord
             * @static
             * @param {farhand.v1.TickRecord.$Properties} message TickRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TickRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tick != null && $Object.hasOwnProperty.call(message, "tick") && (typeof message.tick === "object" ? message.tick.low || message.tick.high : message.tick !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.tick);
                if (message.time_ns != null && $Object.hasOwnProperty.call(message, "time_ns") && (typeof message.time_ns === "object" ? message.time_ns.low || message.time_ns.high : message.time_ns !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.time_ns);
                if (message.setpoint_cp != null && $Object.hasOwnProperty.call(message, "setpoint_cp"))
                    $root.farhand.v1.Pose.encode(message.setpoint_cp, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.jaw_setpoint_rad != null && $Object.hasOwnProperty.call(message, "jaw_setpoint_rad") && !$Object.is(message.jaw_setpoint_rad, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.jaw_setpoint_rad);
                if (message.measured_cp != null && $Object.hasOwnProperty.call(message, "measured_cp"))
                    $root.farhand.v1.Pose.encode(message.measured_cp, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.measured_js != null && message.measured_js.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).doubles(message.measured_js);
                if (message.jaw_measured_rad != null && $Object.hasOwnProperty.call(message, "jaw_measured_rad") && !$Object.is(message.jaw_measured_rad, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.jaw_measured_rad);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.state);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.reason);
                if (message.operating_state != null && $Object.hasOwnProperty.call(message, "operating_state") && message.operating_state !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).int32(message.operating_state);
                if (message.last_applied_seq != null && $Object.hasOwnProperty.call(message, "last_applied_seq") && (typeof message.last_applied_seq === "object" ? message.last_applied_seq.low || message.last_applied_seq.high : message.last_applied_seq !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.last_applied_seq);
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id") && message.arm_id !== 0)
                    writer.uint32(/* id 20, wireType 0 =*/160).uint32(message.arm_id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TickRecord message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.TickRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.TickRecord & farhand.v1.TickRecord.$Shape} TickRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TickRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.TickRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.tick = value;
                            else
                                delete message.tick;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.time_ns = value;
                            else
                                delete message.time_ns;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.setpoint_cp = $root.farhand.v1.Pose.decode(reader, reader.size(), $undefined, _depth + 1, message.setpoint_cp);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.jaw_setpoint_rad = value;
                            else
                                delete message.jaw_setpoint_rad;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.measured_cp = $root.farhand.v1.Pose.decode(reader, reader.size(), $undefined, _depth + 1, message.measured_cp);
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.measured_js && message.measured_js.length))
                                    message.measured_js = [];
                                reader.doubles(message.measured_js);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.measured_js && message.measured_js.length))
                                message.measured_js = [];
                            message.measured_js.push(reader.double());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.jaw_measured_rad = value;
                            else
                                delete message.jaw_measured_rad;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.operating_state = value;
                            else
                                delete message.operating_state;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.last_applied_seq = value;
                            else
                                delete message.last_applied_seq;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.arm_id = value;
                            else
                                delete message.arm_id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TickRecord message.
             * @function verify
             * @memberof farhand.v1.TickRecord
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TickRecord.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                    if (!$util.isInteger(message.tick) && !(message.tick && $util.isInteger(message.tick.low) && $util.isInteger(message.tick.high)))
                        return "tick: integer|Long expected";
                if (message.time_ns != null && $Object.hasOwnProperty.call(message, "time_ns"))
                    if (!$util.isInteger(message.time_ns) && !(message.time_ns && $util.isInteger(message.time_ns.low) && $util.isInteger(message.time_ns.high)))
                        return "time_ns: integer|Long expected";
                if (message.setpoint_cp != null && $Object.hasOwnProperty.call(message, "setpoint_cp")) {
                    let error = $root.farhand.v1.Pose.verify(message.setpoint_cp, _depth + 1);
                    if (error)
                        return "setpoint_cp." + error;
                }
                if (message.jaw_setpoint_rad != null && $Object.hasOwnProperty.call(message, "jaw_setpoint_rad"))
                    if (typeof message.jaw_setpoint_rad !== "number")
                        return "jaw_setpoint_rad: number expected";
                if (message.measured_cp != null && $Object.hasOwnProperty.call(message, "measured_cp")) {
                    let error = $root.farhand.v1.Pose.verify(message.measured_cp, _depth + 1);
                    if (error)
                        return "measured_cp." + error;
                }
                if (message.measured_js != null && $Object.hasOwnProperty.call(message, "measured_js")) {
                    if (!$Array.isArray(message.measured_js))
                        return "measured_js: array expected";
                    for (let i = 0; i < message.measured_js.length; ++i)
                        if (typeof message.measured_js[i] !== "number")
                            return "measured_js: number[] expected";
                }
                if (message.jaw_measured_rad != null && $Object.hasOwnProperty.call(message, "jaw_measured_rad"))
                    if (typeof message.jaw_measured_rad !== "number")
                        return "jaw_measured_rad: number expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.operating_state != null && $Object.hasOwnProperty.call(message, "operating_state"))
                    if (typeof message.operating_state !== "number" || (message.operating_state | 0) !== message.operating_state)
                        return "operating_state: enum value expected";
                if (message.last_applied_seq != null && $Object.hasOwnProperty.call(message, "last_applied_seq"))
                    if (!$util.isInteger(message.last_applied_seq) && !(message.last_applied_seq && $util.isInteger(message.last_applied_seq.low) && $util.isInteger(message.last_applied_seq.high)))
                        return "last_applied_seq: integer|Long expected";
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id"))
                    if (!$util.isInteger(message.arm_id))
                        return "arm_id: integer expected";
                return null;
            };

            /**
             * Creates a TickRecord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.TickRecord
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.TickRecord} TickRecord
             */
            TickRecord.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.TickRecord)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.TickRecord: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.TickRecord();
                if (object.tick != null)
                    if (typeof object.tick === "object" ? object.tick.low || object.tick.high : $Number(object.tick) !== 0)
                        if ($util.Long)
                            message.tick = $util.Long.fromValue(object.tick, true);
                        else if (typeof object.tick === "string")
                            message.tick = $parseInt(object.tick, 10);
                        else if (typeof object.tick === "number")
                            message.tick = object.tick;
                        else if (typeof object.tick === "object")
                            message.tick = new $util.LongBits(object.tick.low >>> 0, object.tick.high >>> 0).toNumber(true);
                if (object.time_ns != null)
                    if (typeof object.time_ns === "object" ? object.time_ns.low || object.time_ns.high : $Number(object.time_ns) !== 0)
                        if ($util.Long)
                            message.time_ns = $util.Long.fromValue(object.time_ns, true);
                        else if (typeof object.time_ns === "string")
                            message.time_ns = $parseInt(object.time_ns, 10);
                        else if (typeof object.time_ns === "number")
                            message.time_ns = object.time_ns;
                        else if (typeof object.time_ns === "object")
                            message.time_ns = new $util.LongBits(object.time_ns.low >>> 0, object.time_ns.high >>> 0).toNumber(true);
                if (object.setpoint_cp != null) {
                    if (!$util.isObject(object.setpoint_cp))
                        throw $TypeError(".farhand.v1.TickRecord.setpoint_cp: object expected");
                    message.setpoint_cp = $root.farhand.v1.Pose.fromObject(object.setpoint_cp, _depth + 1);
                }
                if (object.jaw_setpoint_rad != null)
                    if (!$Object.is($Number(object.jaw_setpoint_rad), 0))
                        message.jaw_setpoint_rad = $Number(object.jaw_setpoint_rad);
                if (object.measured_cp != null) {
                    if (!$util.isObject(object.measured_cp))
                        throw $TypeError(".farhand.v1.TickRecord.measured_cp: object expected");
                    message.measured_cp = $root.farhand.v1.Pose.fromObject(object.measured_cp, _depth + 1);
                }
                if (object.measured_js) {
                    if (!$Array.isArray(object.measured_js))
                        throw $TypeError(".farhand.v1.TickRecord.measured_js: array expected");
                    message.measured_js = $Array(object.measured_js.length);
                    for (let i = 0; i < object.measured_js.length; ++i)
                        message.measured_js[i] = $Number(object.measured_js[i]);
                }
                if (object.jaw_measured_rad != null)
                    if (!$Object.is($Number(object.jaw_measured_rad), 0))
                        message.jaw_measured_rad = $Number(object.jaw_measured_rad);
                if (object.state !== 0 && (typeof object.state !== "string" || $root.farhand.v1.SupervisorState[object.state] !== 0))
                    switch (object.state) {
                    case "SUPERVISOR_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "IDLE":
                    case 1:
                        message.state = 1;
                        break;
                    case "ENGAGING":
                    case 2:
                        message.state = 2;
                        break;
                    case "FOLLOWING":
                    case 3:
                        message.state = 3;
                        break;
                    case "CLUTCHED":
                    case 4:
                        message.state = 4;
                        break;
                    case "HOLDING":
                    case 5:
                        message.state = 5;
                        break;
                    case "FAULT":
                    case 6:
                        message.state = 6;
                        break;
                    case "ESTOPPED":
                    case 7:
                        message.state = 7;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.operating_state !== 0 && (typeof object.operating_state !== "string" || $root.farhand.v1.ArmOperatingState[object.operating_state] !== 0))
                    switch (object.operating_state) {
                    case "ARM_STATE_UNSPECIFIED":
                    case 0:
                        message.operating_state = 0;
                        break;
                    case "ARM_DISABLED":
                    case 1:
                        message.operating_state = 1;
                        break;
                    case "ARM_ENABLED":
                    case 2:
                        message.operating_state = 2;
                        break;
                    case "ARM_PAUSED":
                    case 3:
                        message.operating_state = 3;
                        break;
                    case "ARM_FAULT":
                    case 4:
                        message.operating_state = 4;
                        break;
                    default:
                        if (typeof object.operating_state === "number" && (object.operating_state | 0) === object.operating_state)
                            message.operating_state = object.operating_state;
                    }
                if (object.last_applied_seq != null)
                    if (typeof object.last_applied_seq === "object" ? object.last_applied_seq.low || object.last_applied_seq.high : $Number(object.last_applied_seq) !== 0)
                        if ($util.Long)
                            message.last_applied_seq = $util.Long.fromValue(object.last_applied_seq, true);
                        else if (typeof object.last_applied_seq === "string")
                            message.last_applied_seq = $parseInt(object.last_applied_seq, 10);
                        else if (typeof object.last_applied_seq === "number")
                            message.last_applied_seq = object.last_applied_seq;
                        else if (typeof object.last_applied_seq === "object")
                            message.last_applied_seq = new $util.LongBits(object.last_applied_seq.low >>> 0, object.last_applied_seq.high >>> 0).toNumber(true);
                if (object.arm_id != null)
                    if ($Number(object.arm_id) !== 0)
                        message.arm_id = object.arm_id >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a TickRecord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.TickRecord
             * @static
             * @param {farhand.v1.TickRecord} message TickRecord
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TickRecord.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.measured_js = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.tick = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.tick = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.time_ns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.time_ns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.setpoint_cp = null;
                    object.jaw_setpoint_rad = 0;
                    object.measured_cp = null;
                    object.jaw_measured_rad = 0;
                    object.state = options.enums === $String ? "SUPERVISOR_STATE_UNSPECIFIED" : 0;
                    object.reason = "";
                    object.operating_state = options.enums === $String ? "ARM_STATE_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.last_applied_seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.last_applied_seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.arm_id = 0;
                }
                if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.tick = typeof message.tick === "number" ? $BigInt(message.tick) : $util.Long.fromBits(message.tick.low >>> 0, message.tick.high >>> 0, true).toBigInt();
                    else if (typeof message.tick === "number")
                        object.tick = options.longs === $String ? $String(message.tick) : message.tick;
                    else
                        object.tick = options.longs === $String ? $util.Long.prototype.toString.call(message.tick) : options.longs === $Number ? new $util.LongBits(message.tick.low >>> 0, message.tick.high >>> 0).toNumber(true) : message.tick;
                if (message.time_ns != null && $Object.hasOwnProperty.call(message, "time_ns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.time_ns = typeof message.time_ns === "number" ? $BigInt(message.time_ns) : $util.Long.fromBits(message.time_ns.low >>> 0, message.time_ns.high >>> 0, true).toBigInt();
                    else if (typeof message.time_ns === "number")
                        object.time_ns = options.longs === $String ? $String(message.time_ns) : message.time_ns;
                    else
                        object.time_ns = options.longs === $String ? $util.Long.prototype.toString.call(message.time_ns) : options.longs === $Number ? new $util.LongBits(message.time_ns.low >>> 0, message.time_ns.high >>> 0).toNumber(true) : message.time_ns;
                if (message.setpoint_cp != null && $Object.hasOwnProperty.call(message, "setpoint_cp"))
                    object.setpoint_cp = $root.farhand.v1.Pose.toObject(message.setpoint_cp, options, _depth + 1);
                if (message.jaw_setpoint_rad != null && $Object.hasOwnProperty.call(message, "jaw_setpoint_rad"))
                    object.jaw_setpoint_rad = options.json && !$isFinite(message.jaw_setpoint_rad) ? $String(message.jaw_setpoint_rad) : message.jaw_setpoint_rad;
                if (message.measured_cp != null && $Object.hasOwnProperty.call(message, "measured_cp"))
                    object.measured_cp = $root.farhand.v1.Pose.toObject(message.measured_cp, options, _depth + 1);
                if (message.measured_js && message.measured_js.length) {
                    object.measured_js = $Array(message.measured_js.length);
                    for (let j = 0; j < message.measured_js.length; ++j)
                        object.measured_js[j] = options.json && !$isFinite(message.measured_js[j]) ? $String(message.measured_js[j]) : message.measured_js[j];
                }
                if (message.jaw_measured_rad != null && $Object.hasOwnProperty.call(message, "jaw_measured_rad"))
                    object.jaw_measured_rad = options.json && !$isFinite(message.jaw_measured_rad) ? $String(message.jaw_measured_rad) : message.jaw_measured_rad;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.farhand.v1.SupervisorState[message.state] === $undefined ? message.state : $root.farhand.v1.SupervisorState[message.state] : message.state;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.operating_state != null && $Object.hasOwnProperty.call(message, "operating_state"))
                    object.operating_state = options.enums === $String ? $root.farhand.v1.ArmOperatingState[message.operating_state] === $undefined ? message.operating_state : $root.farhand.v1.ArmOperatingState[message.operating_state] : message.operating_state;
                if (message.last_applied_seq != null && $Object.hasOwnProperty.call(message, "last_applied_seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.last_applied_seq = typeof message.last_applied_seq === "number" ? $BigInt(message.last_applied_seq) : $util.Long.fromBits(message.last_applied_seq.low >>> 0, message.last_applied_seq.high >>> 0, true).toBigInt();
                    else if (typeof message.last_applied_seq === "number")
                        object.last_applied_seq = options.longs === $String ? $String(message.last_applied_seq) : message.last_applied_seq;
                    else
                        object.last_applied_seq = options.longs === $String ? $util.Long.prototype.toString.call(message.last_applied_seq) : options.longs === $Number ? new $util.LongBits(message.last_applied_seq.low >>> 0, message.last_applied_seq.high >>> 0).toNumber(true) : message.last_applied_seq;
                if (message.arm_id != null && $Object.hasOwnProperty.call(message, "arm_id"))
                    object.arm_id = message.arm_id;
                return object;
            };

            /**
             * Converts this TickRecord to JSON.
             * @function toJSON
             * @memberof farhand.v1.TickRecord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TickRecord.prototype.toJSON = function() {
                return TickRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TickRecord;
        })();

        v1.RecordedVideoCapture = (function() {

            /**
             * Properties of a RecordedVideoCapture.
             * @typedef {Object} farhand.v1.RecordedVideoCapture.$Properties
             * @property {number|null} [capture_time_ns] agent clock: when the source delivered the frame
             * @property {number|null} [frame_number] the timecode strip's frame number
             * @property {number|null} [width] RecordedVideoCapture width
             * @property {number|null} [height] RecordedVideoCapture height
             * @property {number|null} [viewers] peers carrying the track at that moment
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RecordedVideoCapture.
             * @memberof farhand.v1
             * @interface IRecordedVideoCapture
             * @augments farhand.v1.RecordedVideoCapture.$Properties
             * @deprecated Use farhand.v1.RecordedVideoCapture.$Properties instead.
             */

            /**
             * Shape of a RecordedVideoCapture.
             * @typedef {farhand.v1.RecordedVideoCapture.$Properties} farhand.v1.RecordedVideoCapture.$Shape
             */

            /**
             * Constructs a new RecordedVideoCapture.
             * @memberof farhand.v1
             * @classdesc Issue 14: the field's video. Field numbers from 40 (the range reserved for the video in this file).
             * One video frame the agent captured and handed to the encoder (the same capture time its timecode
             * strip carries), so a recording says when each picture was taken even without the picture.
             * @constructor
             * @param {farhand.v1.RecordedVideoCapture.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RecordedVideoCapture = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * agent clock: when the source delivered the frame
             * @member {number} capture_time_ns
             * @memberof farhand.v1.RecordedVideoCapture
             * @instance
             */
            RecordedVideoCapture.prototype.capture_time_ns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * the timecode strip's frame number
             * @member {number} frame_number
             * @memberof farhand.v1.RecordedVideoCapture
             * @instance
             */
            RecordedVideoCapture.prototype.frame_number = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RecordedVideoCapture width.
             * @member {number} width
             * @memberof farhand.v1.RecordedVideoCapture
             * @instance
             */
            RecordedVideoCapture.prototype.width = 0;

            /**
             * RecordedVideoCapture height.
             * @member {number} height
             * @memberof farhand.v1.RecordedVideoCapture
             * @instance
             */
            RecordedVideoCapture.prototype.height = 0;

            /**
             * peers carrying the track at that moment
             * @member {number} viewers
             * @memberof farhand.v1.RecordedVideoCapture
             * @instance
             */
            RecordedVideoCapture.prototype.viewers = 0;

            /**
             * Creates a new RecordedVideoCapture instance using the specified properties.
             * @function create
             * @memberof farhand.v1.RecordedVideoCapture
             * @static
             * @param {farhand.v1.RecordedVideoCapture.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.RecordedVideoCapture} RecordedVideoCapture instance
             * @type {{
             *   (properties: farhand.v1.RecordedVideoCapture.$Shape): farhand.v1.RecordedVideoCapture & farhand.v1.RecordedVideoCapture.$Shape;
             *   (properties?: farhand.v1.RecordedVideoCapture.$Properties): farhand.v1.RecordedVideoCapture;
             * }}
             */
            RecordedVideoCapture.create = function(properties) {
                return new RecordedVideoCapture(properties);
            };

            /**
             * Encodes the specified RecordedVideoCapture message. Does not implicitly {@link farhand.v1.RecordedVideoCapture.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.RecordedVideoCapture
             * @static
             * @param {farhand.v1.RecordedVideoCapture.$Properties} message RecordedVideoCapture message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecordedVideoCapture.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.capture_time_ns != null && $Object.hasOwnProperty.call(message, "capture_time_ns") && (typeof message.capture_time_ns === "object" ? message.capture_time_ns.low || message.capture_time_ns.high : message.capture_time_ns !== 0))
                    writer.uint32(/* id 40, wireType 0 =*/320).uint64(message.capture_time_ns);
                if (message.frame_number != null && $Object.hasOwnProperty.call(message, "frame_number") && (typeof message.frame_number === "object" ? message.frame_number.low || message.frame_number.high : message.frame_number !== 0))
                    writer.uint32(/* id 41, wireType 0 =*/328).uint64(message.frame_number);
                if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                    writer.uint32(/* id 42, wireType 0 =*/336).uint32(message.width);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                    writer.uint32(/* id 43, wireType 0 =*/344).uint32(message.height);
                if (message.viewers != null && $Object.hasOwnProperty.call(message, "viewers") && message.viewers !== 0)
                    writer.uint32(/* id 44, wireType 0 =*/352).uint32(message.viewers);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RecordedVideoCapture message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.RecordedVideoCapture
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.RecordedVideoCapture & farhand.v1.RecordedVideoCapture.$Shape} RecordedVideoCapture
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecordedVideoCapture.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.RecordedVideoCapture();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 40: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.capture_time_ns = value;
                            else
                                delete message.capture_time_ns;
                            continue;
                        }
                    case 41: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.frame_number = value;
                            else
                                delete message.frame_number;
                            continue;
                        }
                    case 42: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.width = value;
                            else
                                delete message.width;
                            continue;
                        }
                    case 43: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 44: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.viewers = value;
                            else
                                delete message.viewers;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RecordedVideoCapture message.
             * @function verify
             * @memberof farhand.v1.RecordedVideoCapture
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RecordedVideoCapture.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.capture_time_ns != null && $Object.hasOwnProperty.call(message, "capture_time_ns"))
                    if (!$util.isInteger(message.capture_time_ns) && !(message.capture_time_ns && $util.isInteger(message.capture_time_ns.low) && $util.isInteger(message.capture_time_ns.high)))
                        return "capture_time_ns: integer|Long expected";
                if (message.frame_number != null && $Object.hasOwnProperty.call(message, "frame_number"))
                    if (!$util.isInteger(message.frame_number) && !(message.frame_number && $util.isInteger(message.frame_number.low) && $util.isInteger(message.frame_number.high)))
                        return "frame_number: integer|Long expected";
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    if (!$util.isInteger(message.width))
                        return "width: integer expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (!$util.isInteger(message.height))
                        return "height: integer expected";
                if (message.viewers != null && $Object.hasOwnProperty.call(message, "viewers"))
                    if (!$util.isInteger(message.viewers))
                        return "viewers: integer expected";
                return null;
            };

            /**
             * Creates a RecordedVideoCapture message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.RecordedVideoCapture
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.RecordedVideoCapture} RecordedVideoCapture
             */
            RecordedVideoCapture.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.RecordedVideoCapture)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.RecordedVideoCapture: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.RecordedVideoCapture();
                if (object.capture_time_ns != null)
                    if (typeof object.capture_time_ns === "object" ? object.capture_time_ns.low || object.capture_time_ns.high : $Number(object.capture_time_ns) !== 0)
                        if ($util.Long)
                            message.capture_time_ns = $util.Long.fromValue(object.capture_time_ns, true);
                        else if (typeof object.capture_time_ns === "string")
                            message.capture_time_ns = $parseInt(object.capture_time_ns, 10);
                        else if (typeof object.capture_time_ns === "number")
                            message.capture_time_ns = object.capture_time_ns;
                        else if (typeof object.capture_time_ns === "object")
                            message.capture_time_ns = new $util.LongBits(object.capture_time_ns.low >>> 0, object.capture_time_ns.high >>> 0).toNumber(true);
                if (object.frame_number != null)
                    if (typeof object.frame_number === "object" ? object.frame_number.low || object.frame_number.high : $Number(object.frame_number) !== 0)
                        if ($util.Long)
                            message.frame_number = $util.Long.fromValue(object.frame_number, true);
                        else if (typeof object.frame_number === "string")
                            message.frame_number = $parseInt(object.frame_number, 10);
                        else if (typeof object.frame_number === "number")
                            message.frame_number = object.frame_number;
                        else if (typeof object.frame_number === "object")
                            message.frame_number = new $util.LongBits(object.frame_number.low >>> 0, object.frame_number.high >>> 0).toNumber(true);
                if (object.width != null)
                    if ($Number(object.width) !== 0)
                        message.width = object.width >>> 0;
                if (object.height != null)
                    if ($Number(object.height) !== 0)
                        message.height = object.height >>> 0;
                if (object.viewers != null)
                    if ($Number(object.viewers) !== 0)
                        message.viewers = object.viewers >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a RecordedVideoCapture message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.RecordedVideoCapture
             * @static
             * @param {farhand.v1.RecordedVideoCapture} message RecordedVideoCapture
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RecordedVideoCapture.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.capture_time_ns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.capture_time_ns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.frame_number = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.frame_number = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.width = 0;
                    object.height = 0;
                    object.viewers = 0;
                }
                if (message.capture_time_ns != null && $Object.hasOwnProperty.call(message, "capture_time_ns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.capture_time_ns = typeof message.capture_time_ns === "number" ? $BigInt(message.capture_time_ns) : $util.Long.fromBits(message.capture_time_ns.low >>> 0, message.capture_time_ns.high >>> 0, true).toBigInt();
                    else if (typeof message.capture_time_ns === "number")
                        object.capture_time_ns = options.longs === $String ? $String(message.capture_time_ns) : message.capture_time_ns;
                    else
                        object.capture_time_ns = options.longs === $String ? $util.Long.prototype.toString.call(message.capture_time_ns) : options.longs === $Number ? new $util.LongBits(message.capture_time_ns.low >>> 0, message.capture_time_ns.high >>> 0).toNumber(true) : message.capture_time_ns;
                if (message.frame_number != null && $Object.hasOwnProperty.call(message, "frame_number"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.frame_number = typeof message.frame_number === "number" ? $BigInt(message.frame_number) : $util.Long.fromBits(message.frame_number.low >>> 0, message.frame_number.high >>> 0, true).toBigInt();
                    else if (typeof message.frame_number === "number")
                        object.frame_number = options.longs === $String ? $String(message.frame_number) : message.frame_number;
                    else
                        object.frame_number = options.longs === $String ? $util.Long.prototype.toString.call(message.frame_number) : options.longs === $Number ? new $util.LongBits(message.frame_number.low >>> 0, message.frame_number.high >>> 0).toNumber(true) : message.frame_number;
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                if (message.viewers != null && $Object.hasOwnProperty.call(message, "viewers"))
                    object.viewers = message.viewers;
                return object;
            };

            /**
             * Converts this RecordedVideoCapture to JSON.
             * @function toJSON
             * @memberof farhand.v1.RecordedVideoCapture
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RecordedVideoCapture.prototype.toJSON = function() {
                return RecordedVideoCapture.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RecordedVideoCapture;
        })();

        v1.RecordedVideoReport = (function() {

            /**
             * Properties of a RecordedVideoReport.
             * @typedef {Object} farhand.v1.RecordedVideoReport.$Properties
             * @property {number|null} [receive_time_ns] agent clock
             * @property {string|null} [session_id] RecordedVideoReport session_id
             * @property {farhand.v1.VideoReport.$Properties|null} [report] as received (also when refused)
             * @property {boolean|null} [refused] RecordedVideoReport refused
             * @property {string|null} [refuse_reason] "CODE: sentence" when refused
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RecordedVideoReport.
             * @memberof farhand.v1
             * @interface IRecordedVideoReport
             * @augments farhand.v1.RecordedVideoReport.$Properties
             * @deprecated Use farhand.v1.RecordedVideoReport.$Properties instead.
             */

            /**
             * Shape of a RecordedVideoReport.
             * @typedef {farhand.v1.RecordedVideoReport.$Properties} farhand.v1.RecordedVideoReport.$Shape
             */

            /**
             * Constructs a new RecordedVideoReport.
             * @memberof farhand.v1
             * @classdesc A console's VideoReport as the agent received it.
             * @constructor
             * @param {farhand.v1.RecordedVideoReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RecordedVideoReport = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * agent clock
             * @member {number} receive_time_ns
             * @memberof farhand.v1.RecordedVideoReport
             * @instance
             */
            RecordedVideoReport.prototype.receive_time_ns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RecordedVideoReport session_id.
             * @member {string} session_id
             * @memberof farhand.v1.RecordedVideoReport
             * @instance
             */
            RecordedVideoReport.prototype.session_id = "";

            /**
             * as received (also when refused)
             * @member {farhand.v1.VideoReport.$Properties|null|undefined} report
             * @memberof farhand.v1.RecordedVideoReport
             * @instance
             */
            RecordedVideoReport.prototype.report = null;

            /**
             * RecordedVideoReport refused.
             * @member {boolean} refused
             * @memberof farhand.v1.RecordedVideoReport
             * @instance
             */
            RecordedVideoReport.prototype.refused = false;

            /**
             * "CODE: sentence" when refused
             * @member {string} refuse_reason
             * @memberof farhand.v1.RecordedVideoReport
             * @instance
             */
            RecordedVideoReport.prototype.refuse_reason = "";

            /**
             * Creates a new RecordedVideoReport instance using the specified properties.
             * @function create
             * @memberof farhand.v1.RecordedVideoReport
             * @static
             * @param {farhand.v1.RecordedVideoReport.$Properties=} [properties] Properties to set
             * @returns {farhand.v1.RecordedVideoReport} RecordedVideoReport instance
             * @type {{
             *   (properties: farhand.v1.RecordedVideoReport.$Shape): farhand.v1.RecordedVideoReport & farhand.v1.RecordedVideoReport.$Shape;
             *   (properties?: farhand.v1.RecordedVideoReport.$Properties): farhand.v1.RecordedVideoReport;
             * }}
             */
            RecordedVideoReport.create = function(properties) {
                return new RecordedVideoReport(properties);
            };

            /**
             * Encodes the specified RecordedVideoReport message. Does not implicitly {@link farhand.v1.RecordedVideoReport.verify|verify} messages.
             * @function encode
             * @memberof farhand.v1.RecordedVideoReport
             * @static
             * @param {farhand.v1.RecordedVideoReport.$Properties} message RecordedVideoReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecordedVideoReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.receive_time_ns != null && $Object.hasOwnProperty.call(message, "receive_time_ns") && (typeof message.receive_time_ns === "object" ? message.receive_time_ns.low || message.receive_time_ns.high : message.receive_time_ns !== 0))
                    writer.uint32(/* id 40, wireType 0 =*/320).uint64(message.receive_time_ns);
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id") && message.session_id !== "")
                    writer.uint32(/* id 41, wireType 2 =*/330).string(message.session_id);
                if (message.report != null && $Object.hasOwnProperty.call(message, "report"))
                    $root.farhand.v1.VideoReport.encode(message.report, writer.uint32(/* id 42, wireType 2 =*/338).fork(), _depth + 1).ldelim();
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused") && message.refused !== false)
                    writer.uint32(/* id 43, wireType 0 =*/344).bool(message.refused);
                if (message.refuse_reason != null && $Object.hasOwnProperty.call(message, "refuse_reason") && message.refuse_reason !== "")
                    writer.uint32(/* id 44, wireType 2 =*/354).string(message.refuse_reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RecordedVideoReport message from the specified reader or buffer.
             * @function decode
             * @memberof farhand.v1.RecordedVideoReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {farhand.v1.RecordedVideoReport & farhand.v1.RecordedVideoReport.$Shape} RecordedVideoReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecordedVideoReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.farhand.v1.RecordedVideoReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 40: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.receive_time_ns = value;
                            else
                                delete message.receive_time_ns;
                            continue;
                        }
                    case 41: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.session_id = value;
                            else
                                delete message.session_id;
                            continue;
                        }
                    case 42: {
                            if (wireType !== 2)
                                break;
                            message.report = $root.farhand.v1.VideoReport.decode(reader, reader.size(), $undefined, _depth + 1, message.report);
                            continue;
                        }
                    case 43: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.refused = value;
                            else
                                delete message.refused;
                            continue;
                        }
                    case 44: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.refuse_reason = value;
                            else
                                delete message.refuse_reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RecordedVideoReport message.
             * @function verify
             * @memberof farhand.v1.RecordedVideoReport
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RecordedVideoReport.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.receive_time_ns != null && $Object.hasOwnProperty.call(message, "receive_time_ns"))
                    if (!$util.isInteger(message.receive_time_ns) && !(message.receive_time_ns && $util.isInteger(message.receive_time_ns.low) && $util.isInteger(message.receive_time_ns.high)))
                        return "receive_time_ns: integer|Long expected";
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id"))
                    if (!$util.isString(message.session_id))
                        return "session_id: string expected";
                if (message.report != null && $Object.hasOwnProperty.call(message, "report")) {
                    let error = $root.farhand.v1.VideoReport.verify(message.report, _depth + 1);
                    if (error)
                        return "report." + error;
                }
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused"))
                    if (typeof message.refused !== "boolean")
                        return "refused: boolean expected";
                if (message.refuse_reason != null && $Object.hasOwnProperty.call(message, "refuse_reason"))
                    if (!$util.isString(message.refuse_reason))
                        return "refuse_reason: string expected";
                return null;
            };

            /**
             * Creates a RecordedVideoReport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof farhand.v1.RecordedVideoReport
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {farhand.v1.RecordedVideoReport} RecordedVideoReport
             */
            RecordedVideoReport.fromObject = function (object, _depth) {
                if (object instanceof $root.farhand.v1.RecordedVideoReport)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".farhand.v1.RecordedVideoReport: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.farhand.v1.RecordedVideoReport();
                if (object.receive_time_ns != null)
                    if (typeof object.receive_time_ns === "object" ? object.receive_time_ns.low || object.receive_time_ns.high : $Number(object.receive_time_ns) !== 0)
                        if ($util.Long)
                            message.receive_time_ns = $util.Long.fromValue(object.receive_time_ns, true);
                        else if (typeof object.receive_time_ns === "string")
                            message.receive_time_ns = $parseInt(object.receive_time_ns, 10);
                        else if (typeof object.receive_time_ns === "number")
                            message.receive_time_ns = object.receive_time_ns;
                        else if (typeof object.receive_time_ns === "object")
                            message.receive_time_ns = new $util.LongBits(object.receive_time_ns.low >>> 0, object.receive_time_ns.high >>> 0).toNumber(true);
                if (object.session_id != null)
                    if (typeof object.session_id !== "string" || object.session_id.length)
                        message.session_id = $String(object.session_id);
                if (object.report != null) {
                    if (!$util.isObject(object.report))
                        throw $TypeError(".farhand.v1.RecordedVideoReport.report: object expected");
                    message.report = $root.farhand.v1.VideoReport.fromObject(object.report, _depth + 1);
                }
                if (object.refused != null)
                    if (object.refused)
                        message.refused = $Boolean(object.refused);
                if (object.refuse_reason != null)
                    if (typeof object.refuse_reason !== "string" || object.refuse_reason.length)
                        message.refuse_reason = $String(object.refuse_reason);
                return message;
            };

            /**
             * Creates a plain object from a RecordedVideoReport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof farhand.v1.RecordedVideoReport
             * @static
             * @param {farhand.v1.RecordedVideoReport} message RecordedVideoReport
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RecordedVideoReport.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.receive_time_ns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.receive_time_ns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.session_id = "";
                    object.report = null;
                    object.refused = false;
                    object.refuse_reason = "";
                }
                if (message.receive_time_ns != null && $Object.hasOwnProperty.call(message, "receive_time_ns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.receive_time_ns = typeof message.receive_time_ns === "number" ? $BigInt(message.receive_time_ns) : $util.Long.fromBits(message.receive_time_ns.low >>> 0, message.receive_time_ns.high >>> 0, true).toBigInt();
                    else if (typeof message.receive_time_ns === "number")
                        object.receive_time_ns = options.longs === $String ? $String(message.receive_time_ns) : message.receive_time_ns;
                    else
                        object.receive_time_ns = options.longs === $String ? $util.Long.prototype.toString.call(message.receive_time_ns) : options.longs === $Number ? new $util.LongBits(message.receive_time_ns.low >>> 0, message.receive_time_ns.high >>> 0).toNumber(true) : message.receive_time_ns;
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id"))
                    object.session_id = message.session_id;
                if (message.report != null && $Object.hasOwnProperty.call(message, "report"))
                    object.report = $root.farhand.v1.VideoReport.toObject(message.report, options, _depth + 1);
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused"))
                    object.refused = message.refused;
                if (message.refuse_reason != null && $Object.hasOwnProperty.call(message, "refuse_reason"))
                    object.refuse_reason = message.refuse_reason;
                return object;
            };

            /**
             * Converts this RecordedVideoReport to JSON.
             * @function toJSON
             * @memberof farhand.v1.RecordedVideoReport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RecordedVideoReport.prototype.toJSON = function() {
                return RecordedVideoReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RecordedVideoReport;
        })();

        return v1;
    })();

    return farhand;
})();

export {
  $root as default
};

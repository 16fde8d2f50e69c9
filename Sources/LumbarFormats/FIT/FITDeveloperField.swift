import LumbarCore

/// A developer field declared by a `field_description` message (mesg 206), e.g. Stryd's "Power"
/// or a Connect IQ app's "Leg Spring Stiffness" (formats.md "Developer data").
public struct FITDeveloperField: Sendable, Hashable {
    /// `developer_data_index`: which `developer_data_id` (mesg 207) the field belongs to.
    public var developerIndex: UInt8
    /// `field_definition_number`: the number data messages use for it.
    public var number: UInt8
    /// The application's 16-byte UUID as lowercase hex, when its `developer_data_id` has one
    /// (some files omit it: `elemnt-bolt-no-application-id-inside-developer-data-id.fit`).
    public var applicationID: String?
    /// `fit_base_type_id`.
    public var baseType: UInt8
    /// `field_name`, e.g. "Power" (strings may be unterminated in the file; read to the field end).
    public var name: String?
    /// `units`, e.g. "Watts", as the application wrote it.
    public var units: String?
    /// value = raw / scale - offset, like native fields (nil = 1).
    public var scale: Double?
    /// Subtracted after scaling (nil = 0).
    public var offset: Double?
    /// `native_mesg_num`: the message of the native field this one mirrors (20 = record).
    public var nativeMessage: UInt16?
    /// `native_field_num`: the native field this one mirrors (record 7 = power).
    public var nativeField: UInt8?

    /// Creates a description.
    public init(
        developerIndex: UInt8, number: UInt8, applicationID: String? = nil, baseType: UInt8,
        name: String? = nil, units: String? = nil, scale: Double? = nil, offset: Double? = nil,
        nativeMessage: UInt16? = nil, nativeField: UInt8? = nil
    ) {
        self.developerIndex = developerIndex
        self.number = number
        self.applicationID = applicationID
        self.baseType = baseType
        self.name = name
        self.units = units
        self.scale = scale
        self.offset = offset
        self.nativeMessage = nativeMessage
        self.nativeField = nativeField
    }
}

/// One numeric developer-field value of one record.
public struct FITDeveloperValue: Sendable, Hashable {
    /// Index into `DecodedFile.records`.
    public var recordIndex: Int
    /// Index into `FITDecoded.developerFields`.
    public var field: Int
    /// The value after the field's scale and offset, in its `units`.
    public var value: Double

    /// Creates a value.
    public init(recordIndex: Int, field: Int, value: Double) {
        self.recordIndex = recordIndex
        self.field = field
        self.value = value
    }
}

/// Everything `FITReader.decodeDetailed` returns: the common `DecodedFile` plus the developer
/// fields with their names and units, which `Sample` has no place for.
public struct FITDecoded: Sendable {
    /// What every reader returns.
    public var file: DecodedFile
    /// Every developer field described in the file, in file order.
    public var developerFields: [FITDeveloperField]
    /// Numeric developer values of `record` messages, in record order.
    public var developerValues: [FITDeveloperValue]
}

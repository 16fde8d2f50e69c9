/// Device names from `file_id`/`device_info` manufacturer and product numbers (FIT profile
/// `manufacturer` and `garmin_product` types; a small table of common devices, not the whole list).
enum FITNames {
    /// Common manufacturers.
    static func manufacturer(_ id: Int) -> String? {
        switch id {
        case 1, 13, 15: "Garmin"
        case 23: "Suunto"
        case 32: "Wahoo"
        case 69: "Stages"
        case 70: "Sigma Sport"
        case 71: "TomTom"
        case 89: "Tacx"
        case 95: "Stryd"
        case 123: "Polar"
        case 255: "Development"
        case 259: "Scribe Labs"
        case 260: "Zwift"
        case 265: "Strava"
        case 267: "Bryton"
        case 289: "Hammerhead"
        case 294: "COROS"
        default: nil
        }
    }

    /// Common Garmin products (`garmin_product`, used when the manufacturer is Garmin/Dynastream).
    static func garminProduct(_ id: Int) -> String? {
        switch id {
        case 717: "Forerunner 405"
        case 782: "Forerunner 50"
        case 988: "Forerunner 60"
        case 1018: "Forerunner 310XT"
        case 1036: "Edge 500"
        case 1124: "Forerunner 110"
        case 1169: "Edge 800"
        case 1325: "Edge 200"
        case 1328: "Forerunner 910XT"
        case 1345: "Forerunner 610"
        case 1436: "Forerunner 70"
        case 1482: "Forerunner 10"
        case 1551: "fenix"
        case 1561: "Edge 510"
        case 1567: "Edge 810"
        case 1623: "Forerunner 620"
        case 1632: "Forerunner 220"
        case 1765: "Forerunner 920XT"
        case 1836: "Edge 1000"
        case 1903: "Forerunner 15"
        case 1907: "vivoactive"
        case 1967: "fenix 2"
        case 1988: "epix"
        case 2050: "fenix 3"
        case 2067: "Edge 520"
        case 2148: "Forerunner 25"
        case 2153: "Forerunner 225"
        case 2156: "Forerunner 630"
        case 2157: "Forerunner 230"
        case 2158: "Forerunner 735XT"
        case 2413: "fenix 3 HR"
        case 2431: "Forerunner 235"
        case 2503: "Forerunner 35"
        case 2530: "Edge 820"
        case 2544: "fenix 5S"
        case 2604: "fenix 5X"
        case 2691: "Forerunner 935"
        case 2697: "fenix 5"
        case 2700: "vivoactive 3"
        case 2713: "Edge 1030"
        case 2886: "Forerunner 645"
        case 2888: "Forerunner 645 Music"
        case 3076: "Forerunner 245"
        case 3077: "Forerunner 245 Music"
        case 3110: "fenix 5 Plus"
        case 3113: "Forerunner 945"
        case 3121: "Edge 530"
        case 3122: "Edge 830"
        case 3226: "Venu"
        case 3282: "Forerunner 45"
        case 3288: "fenix 6S"
        case 3290: "fenix 6"
        case 3291: "fenix 6X"
        case 3589: "Forerunner 745"
        case 3600: "Venu Sq"
        case 3703: "Venu 2"
        case 3869: "Forerunner 55"
        case 3906: "fenix 7"
        case 3992: "Forerunner 255"
        case 4024: "Forerunner 955"
        case 4257, 4258: "Forerunner 265"
        case 4315: "Forerunner 965"
        case 4432: "Forerunner 165"
        case 4536: "fenix 8"
        default: nil
        }
    }

    /// "Garmin Forerunner 935", "Wahoo ELEMNT BOLT", "Garmin product 9999", "manufacturer 77".
    static func device(manufacturer: Int?, product: Int?, productName: String?) -> String? {
        let maker = manufacturer.map { FITNames.manufacturer($0) ?? "manufacturer \($0)" }
        var model: String?
        if let productName, !productName.isEmpty {
            model = productName
        } else if let product {
            let isGarmin = manufacturer.map { [1, 13, 15].contains($0) } ?? false
            model = (isGarmin ? garminProduct(product) : nil) ?? "product \(product)"
        }
        switch (maker, model) {
        case let (m?, p?): return "\(m) \(p)"
        case let (m?, nil): return m
        case let (nil, p?): return p
        default: return nil
        }
    }
}

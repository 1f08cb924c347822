// The XML namespaces of IMS Common Cartridge 1.1 and its profiles, shared by the manifest and the resources.

export const CP_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1';
export const LOMM_NS = 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest';
/** Resource-level metadata: the namespace Moodle's importer looks in for a resource's intended end-user role. */
export const LOMR_NS = 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource';
export const QTI_NS = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';
export const DT_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imsdt_v1p1';
export const WL_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1';
export const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

/**
 * Fields SharePoint gives every list item (the Item content type and the hidden fields behind
 * every list and library). SharePoint refuses a new column with one of these internal names
 * ("A duplicate field name … was found") and, in its own pages, a column whose display name is
 * one of the built-in display names ("The column name that you entered is already in use or
 * reserved"); through Graph a clash may instead be renamed silently (Name → Name0). The stand-in
 * refuses both, so a schema that leans on either answer fails here first.
 */
export const BUILT_IN_FIELD_NAMES: ReadonlySet<string> = new Set(
  [
    'ID', 'Title', 'ContentTypeId', 'ContentType', 'Modified', 'Created', 'Author', 'Editor', '_HasCopyDestinations',
    '_CopySource', 'owshiddenversion', 'WorkflowVersion', '_UIVersion', '_UIVersionString', 'Attachments',
    '_ModerationStatus', '_ModerationComments', 'Edit', 'LinkTitleNoMenu', 'LinkTitle', 'LinkTitle2', 'SelectTitle',
    'InstanceID', 'Order', 'GUID', 'WorkflowInstanceID', 'FileRef', 'FileDirRef', 'Last_x0020_Modified',
    'Created_x0020_Date', 'FSObjType', 'SortBehavior', 'PermMask', 'FileLeafRef', 'UniqueId', 'ParentUniqueId',
    'SyncClientId', 'ProgId', 'ScopeId', 'File_x0020_Type', 'MetaInfo', '_Level', '_IsCurrentVersion', 'ItemChildCount',
    'FolderChildCount', 'Restricted', 'OriginatorId', 'NoExecute', 'ContentVersion', '_ComplianceFlags', '_ComplianceTag',
    '_ComplianceTagWrittenTime', '_ComplianceTagUserId', 'AccessPolicy', '_VirusStatus', '_VirusVendorID', '_VirusInfo',
    'AppAuthor', 'AppEditor', 'SMTotalSize', 'SMLastModifiedDate', 'SMTotalFileStreamSize', 'SMTotalFileCount',
    'ComplianceAssetId', 'BaseName', 'ServerUrl', 'EncodedAbsUrl', 'DocIcon', 'HTML_x0020_File_x0020_Type',
    '_EditMenuTableStart', '_EditMenuTableStart2', '_EditMenuTableEnd', '_CommentCount', '_LikeCount', '_DisplayName',
  ].map((n) => n.toLowerCase()),
);

export const BUILT_IN_DISPLAY_NAMES: ReadonlySet<string> = new Set(
  [
    'ID', 'Title', 'Content Type', 'Content Type ID', 'Modified', 'Created', 'Created By', 'Modified By', 'Version',
    'Attachments', 'Approval Status', 'Approver Comments', 'Edit', 'Name', 'Type', 'Item Type', 'Path', 'URL Path',
    'Order', 'GUID', 'Level', 'Unique Id', 'Item Child Count', 'Folder Child Count', 'App Created By', 'App Modified By',
    'Compliance Asset Id', 'Label setting', 'Retention label', 'Retention label Applied', 'Label applied by',
    'Item is a Record', 'Workflow Version', 'Workflow Instance ID', 'Instance ID', 'Restricted', 'Is Current Version',
    'UI Version', 'Select', 'Server Relative URL', 'Encoded Absolute URL', 'File Type', 'Sort Type', 'Property Bag',
    'Effective Permissions Mask', 'Client Id', 'Copy Source', 'Has Copy Destinations', 'Created Date', 'Last Modified',
  ].map((n) => n.toLowerCase()),
);

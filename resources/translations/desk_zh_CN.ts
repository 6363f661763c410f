<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Staff accounts</source>
        <translation>工作人员账号</translation>
    </message>
    <message>
        <source>One person may hold several roles. Accounts are disabled, never deleted, so the audit trail keeps their names.</source>
        <translation>一人可兼任多个角色。账号只能停用、不能删除，以便审计日志保留其姓名。</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>新建账号…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Temporary password for {name} (they must change it at the next sign-in):</source>
        <translation>{name}的临时密码（下次登录时须修改）：</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Disable the account of {name}? They can no longer sign in.</source>
        <translation>确定停用{name}的账号吗？停用后将无法登录。</translation>
    </message>
</context>
<context>
    <name>AccountsTableModel</name>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>解锁屏幕</translation>
    </message>
    <message>
        <source>Unlock failed</source>
        <translation>解锁失败</translation>
    </message>
    <message>
        <source>Unlock refused</source>
        <translation>解锁被拒绝</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>修改账号</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账号被锁定</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>解锁账号</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Center set up</source>
        <translation>中心初始设置</translation>
    </message>
    <message>
        <source>Center profile changed</source>
        <translation>修改中心信息</translation>
    </message>
    <message>
        <source>Area added</source>
        <translation>新增区域</translation>
    </message>
    <message>
        <source>Area changed</source>
        <translation>修改区域</translation>
    </message>
    <message>
        <source>Grid tree replaced</source>
        <translation>替换网格结构</translation>
    </message>
    <message>
        <source>List entry added</source>
        <translation>新增字典项</translation>
    </message>
    <message>
        <source>List entry changed</source>
        <translation>修改字典项</translation>
    </message>
    <message>
        <source>List replaced</source>
        <translation>替换字典</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>出具文书</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <source>Document exported</source>
        <translation>导出文书</translation>
    </message>
    <message>
        <source>Document verified</source>
        <translation>核验文书</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>恢复数据库</translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation>数据库已加密</translation>
    </message>
    <message>
        <source>Audit chain checked</source>
        <translation>校验审计日志哈希链</translation>
    </message>
    <message>
        <source>Queue service added</source>
        <translation>新增排队业务</translation>
    </message>
    <message>
        <source>Queue service changed</source>
        <translation>修改排队业务</translation>
    </message>
    <message>
        <source>Window added</source>
        <translation>新增窗口</translation>
    </message>
    <message>
        <source>Window changed</source>
        <translation>修改窗口</translation>
    </message>
    <message>
        <source>Window paused</source>
        <translation>暂停窗口</translation>
    </message>
    <message>
        <source>Window resumed</source>
        <translation>恢复窗口</translation>
    </message>
    <message>
        <source>Ticket issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Ticket printed</source>
        <translation>打印排队小票</translation>
    </message>
    <message>
        <source>Ticket printing failed</source>
        <translation>排队小票打印失败</translation>
    </message>
    <message>
        <source>Ticket called</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Ticket called by number</source>
        <translation>指定叫号</translation>
    </message>
    <message>
        <source>Ticket called again</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Service finished</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Marked no-show</source>
        <translation>标记过号</translation>
    </message>
    <message>
        <source>Back in the queue</source>
        <translation>重新排队</translation>
    </message>
    <message>
        <source>Ticket transferred</source>
        <translation>转移排队号</translation>
    </message>
    <message>
        <source>Ticket cancelled</source>
        <translation>取消排队号</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>登记预约</translation>
    </message>
    <message>
        <source>Appointment checked in</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <source>Service rated</source>
        <translation>提交好差评</translation>
    </message>
    <message>
        <source>Follow-up opened</source>
        <translation>生成整改回访</translation>
    </message>
    <message>
        <source>Follow-up closed</source>
        <translation>整改回访办结</translation>
    </message>
    <message>
        <source>Case registered</source>
        <translation>登记调解案件</translation>
    </message>
    <message>
        <source>Case facts or parties corrected</source>
        <translation>更正案情或当事人信息</translation>
    </message>
    <message>
        <source>Case viewed</source>
        <translation>查看调解案件</translation>
    </message>
    <message>
        <source>Case viewed with full ID numbers and phones</source>
        <translation>查看调解案件（显示完整身份证号码和手机号码）</translation>
    </message>
    <message>
        <source>Calendar day set</source>
        <translation>设置日历日期</translation>
    </message>
    <message>
        <source>Calendar day cleared</source>
        <translation>清除日历日期</translation>
    </message>
    <message>
        <source>Official holidays loaded</source>
        <translation>载入法定节假日安排</translation>
    </message>
    <message>
        <source>Mediator assigned</source>
        <translation>指定调解员</translation>
    </message>
    <message>
        <source>Case status changed</source>
        <translation>案件状态变更</translation>
    </message>
    <message>
        <source>Mediation terminated</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <source>Case archived</source>
        <translation>案件归档</translation>
    </message>
    <message>
        <source>Addendum to an archived case</source>
        <translation>归档案件补充说明</translation>
    </message>
    <message>
        <source>Case record added</source>
        <translation>添加调查/调解记录</translation>
    </message>
    <message>
        <source>Case record changed</source>
        <translation>修改调查/调解记录</translation>
    </message>
    <message>
        <source>Planned session cancelled</source>
        <translation>取消计划调解</translation>
    </message>
    <message>
        <source>Agreement text saved</source>
        <translation>保存调解协议内容</translation>
    </message>
    <message>
        <source>Agreement signatures recorded</source>
        <translation>登记协议签署情况</translation>
    </message>
    <message>
        <source>Oral agreement recorded</source>
        <translation>登记口头协议</translation>
    </message>
    <message>
        <source>Judicial confirmation recorded</source>
        <translation>登记司法确认情况</translation>
    </message>
    <message>
        <source>Follow-up scheduled</source>
        <translation>安排回访</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Police referral received</source>
        <translation>接收公安移交纠纷</translation>
    </message>
    <message>
        <source>Paper referral matched with the platform</source>
        <translation>纸质移交函与平台记录合并</translation>
    </message>
    <message>
        <source>Police referral accepted</source>
        <translation>签收公安移交纠纷</translation>
    </message>
    <message>
        <source>Police referral declined</source>
        <translation>不予受理公安移交纠纷</translation>
    </message>
    <message>
        <source>Mediation of a referral started</source>
        <translation>移交纠纷开始调解</translation>
    </message>
    <message>
        <source>Result of a referral recorded</source>
        <translation>记录移交纠纷调解结果</translation>
    </message>
    <message>
        <source>Result sent to the police</source>
        <translation>向公安反馈结果</translation>
    </message>
    <message>
        <source>Police referral viewed</source>
        <translation>查看公安移交纠纷</translation>
    </message>
    <message>
        <source>Case transferred to the police</source>
        <translation>案件移送公安</translation>
    </message>
    <message>
        <source>Transfer acknowledged by the police</source>
        <translation>公安签收移送</translation>
    </message>
    <message>
        <source>Police result of a transfer recorded</source>
        <translation>记录公安处理结果</translation>
    </message>
    <message>
        <source>Work order received</source>
        <translation>接收工单</translation>
    </message>
    <message>
        <source>Paper work order matched with the platform</source>
        <translation>纸质工单与平台记录合并</translation>
    </message>
    <message>
        <source>Work order signed for</source>
        <translation>签收工单</translation>
    </message>
    <message>
        <source>Work order handling noted</source>
        <translation>记录工单处置情况</translation>
    </message>
    <message>
        <source>Attachment added to a work order</source>
        <translation>工单添加附件</translation>
    </message>
    <message>
        <source>Return of a work order asked</source>
        <translation>申请退单</translation>
    </message>
    <message>
        <source>Return of a work order decided</source>
        <translation>退单审核结果</translation>
    </message>
    <message>
        <source>Extension of a work order asked</source>
        <translation>申请工单延期</translation>
    </message>
    <message>
        <source>Extension of a work order decided</source>
        <translation>工单延期审核结果</translation>
    </message>
    <message>
        <source>Work order completed</source>
        <translation>工单办结</translation>
    </message>
    <message>
        <source>Work order linked to a case</source>
        <translation>工单关联案件</translation>
    </message>
    <message>
        <source>Desk enrolled with the platform</source>
        <translation>本机接入平台</translation>
    </message>
    <message>
        <source>Reference list updated from the platform</source>
        <translation>从平台更新字典</translation>
    </message>
    <message>
        <source>Sync item settled</source>
        <translation>处理同步待办事项</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add an addendum</source>
        <translation>添加补充说明</translation>
    </message>
    <message>
        <source>The archived file stays as it is; the addendum is filed after it and recorded in the audit trail.</source>
        <translation>已归档的卷宗保持原样；补充说明附在卷后，并记入审计日志。</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>补充说明</translation>
    </message>
    <message>
        <source>What is corrected or added, and why</source>
        <translation>更正或补充的内容及原因</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>首个管理员账号</translation>
    </message>
    <message>
        <source>This account manages staff accounts, the center&apos;s lists and settings.</source>
        <translation>此账号用于管理工作人员账号以及本中心的字典和设置。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>Agreement text (art. 29)</source>
        <translation>协议内容（第二十九条）</translation>
    </message>
    <message>
        <source>Main facts</source>
        <translation>主要事实</translation>
    </message>
    <message>
        <source>What happened, as both parties accept it</source>
        <translation>双方认可的纠纷经过</translation>
    </message>
    <message>
        <source>Matters in dispute</source>
        <translation>争议事项</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任</translation>
    </message>
    <message>
        <source>Each party&apos;s responsibility</source>
        <translation>各方当事人的责任</translation>
    </message>
    <message>
        <source>Agreed terms</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>How performed</source>
        <translation>履行方式</translation>
    </message>
    <message>
        <source>e.g. paid in cash in one sum</source>
        <translation>例如：现金一次性支付</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Print agreement…</source>
        <translation>打印调解协议书…</translation>
    </message>
    <message>
        <source>Save agreement</source>
        <translation>保存协议</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>It takes effect when every party has signed, sealed or thumb-printed, the mediator has signed and the committee&apos;s seal is applied. One copy per party plus one for the file.</source>
        <translation>各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。当事人各执一份，调解委员会留存一份。</translation>
    </message>
    <message>
        <source>The mediator has signed</source>
        <translation>人民调解员已签名</translation>
    </message>
    <message>
        <source>The committee&apos;s seal is applied</source>
        <translation>已加盖调解委员会印章</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Record signatures</source>
        <translation>登记签署情况</translation>
    </message>
    <message>
        <source>Save the agreement text first; then record who has signed.</source>
        <translation>请先保存协议内容，再登记签署情况。</translation>
    </message>
    <message>
        <source>the mediator</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <source>the committee&apos;s seal</source>
        <translation>调解委员会印章</translation>
    </message>
    <message>
        <source>Not in effect yet. Still to sign: {items}.</source>
        <translation>尚未生效。尚待签署：{items}。</translation>
    </message>
    <message>
        <source>Every item art. 29 asks for is there.</source>
        <translation>已具备第二十九条要求的全部内容。</translation>
    </message>
    <message>
        <source>Still missing: {items}</source>
        <translation>尚缺：{items}</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>No audio output device: calls are shown on screen only.</source>
        <translation>未检测到音频输出设备，叫号仅在屏幕上显示。</translation>
    </message>
    <message>
        <source>No offline voice engine is installed: calls are shown on screen only.</source>
        <translation>未安装离线语音引擎，叫号仅在屏幕上显示。</translation>
    </message>
    <message>
        <source>The voice engine failed: this call is shown on screen only.</source>
        <translation>语音引擎出错，本次叫号仅在屏幕上显示。</translation>
    </message>
    <message>
        <source>The call could not be played: it is shown on screen only.</source>
        <translation>本次叫号无法语音播放，仅在屏幕上显示。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove this applicant</source>
        <translation>删除此申请人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>18 characters; sex and birth date follow from it</source>
        <translation>18位；性别和出生日期据此自动得出</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>11 digits; the pickup notice goes to it</source>
        <translation>11位；领取通知将发送至此号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Applicant {n}</source>
        <translation>申请人{n}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>{date}出生</translation>
    </message>
</context>
<context>
    <name>ApplicantList</name>
    <message>
        <source>Add applicant</source>
        <translation>添加申请人</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>The area</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>The street (or town) the center serves and its communities; grids can be added later.</source>
        <translation>本中心服务的街道（或乡镇）及其下辖社区；网格可以稍后添加。</translation>
    </message>
    <message>
        <source>Street / town</source>
        <translation>街道/乡镇</translation>
    </message>
    <message>
        <source>e.g. 经八路街道</source>
        <translation>例如：经八路街道</translation>
    </message>
    <message>
        <source>Street code</source>
        <translation>街道代码</translation>
    </message>
    <message>
        <source>One community per line: code and name, e.g.
410105001001 纬五路社区</source>
        <translation>每行一个社区，依次填写代码和名称，例如：
410105001001 纬五路社区</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Window calling</source>
        <translation>窗口叫号</translation>
    </message>
    <message>
        <source>Register a dispute</source>
        <translation>纠纷登记</translation>
    </message>
    <message>
        <source>Mediation cases</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>My deadlines</source>
        <translation>期限提醒</translation>
    </message>
    <message>
        <source>Police referrals</source>
        <translation>公调对接</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>平台工单</translation>
    </message>
    <message>
        <source>Work-order supervision</source>
        <translation>工单督办</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>法律咨询</translation>
    </message>
    <message>
        <source>Notary intake</source>
        <translation>公证受理</translation>
    </message>
    <message>
        <source>Notary applications</source>
        <translation>公证代办</translation>
    </message>
    <message>
        <source>Search intakes and consultations</source>
        <translation>公证咨询查询</translation>
    </message>
    <message>
        <source>Queue today</source>
        <translation>今日排队</translation>
    </message>
    <message>
        <source>Queue set-up</source>
        <translation>排队叫号设置</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>工作人员账号</translation>
    </message>
    <message>
        <source>Center and settings</source>
        <translation>中心与设置</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Notary matters</source>
        <translation>公证事项</translation>
    </message>
    <message>
        <source>Grid and lists</source>
        <translation>网格与字典</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>数据备份</translation>
    </message>
    <message>
        <source>Platform sync</source>
        <translation>平台同步</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>我的账号</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>对象编号</translation>
    </message>
    <message>
        <source>Text in summary</source>
        <translation>摘要关键词</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>操作对象</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Check the hash chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>打印报告…</translation>
    </message>
    <message>
        <source>Select a record to see what changed.</source>
        <translation>请选择一条记录，查看变更内容。</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>共 {count} 条记录</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <source>Chain intact: {count} records checked</source>
        <translation>哈希链完整：已校验 {count} 条记录</translation>
    </message>
    <message>
        <source>Chain broken at record {id}: {message}</source>
        <translation>哈希链在第 {id} 号记录处断裂：{message}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>操作对象</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backups</source>
        <translation>数据备份</translation>
    </message>
    <message>
        <source>The desk copies its database into the backup folder every day and keeps the copies for the days set in the settings. A backup holds everything, personal data included: keep the folder on another drive or a USB drive that is locked away.</source>
        <translation>本系统每天将数据库复制到备份文件夹，并按设置中的天数保留备份。备份包含全部数据（包括个人信息）：请将备份文件夹设在其他磁盘上，或设在上锁保管的 U 盘中。</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>备份计划</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>{folder} (no folder chosen yet)</source>
        <translation>{folder}（尚未选择文件夹）</translation>
    </message>
    <message>
        <source>Every day at {time}; copies are kept for {days} days.</source>
        <translation>每天 {time} 备份，备份保留 {days} 天。</translation>
    </message>
    <message>
        <source>Automatic backup is off: turn it on in the settings. “Back up now” still works.</source>
        <translation>自动备份未开启，可在设置中开启。“立即备份”仍可使用。</translation>
    </message>
    <message>
        <source>Last backup: {time}</source>
        <translation>上次备份：{time}</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>尚无备份。</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup written: {label}</source>
        <translation>备份完成：{label}</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>备份未完成。</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>Desk databases and backups (*.db);;All files (*)</source>
        <translation>本系统数据库及备份 (*.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backed up at {time}</source>
        <translation>已于 {time} 备份</translation>
    </message>
    <message>
        <source>Backup not done</source>
        <translation>备份未完成</translation>
    </message>
    <message>
        <source>The daily backup did not work: {reason} It will be tried again in an hour.</source>
        <translation>每日备份未成功：{reason}一小时后将自动重试。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Taken at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>数据库版本</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>checked when written</source>
        <translation>写入时已校验</translation>
    </message>
    <message>
        <source>not checked by this desk</source>
        <translation>未经本机校验</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Mediation cases</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <source>Queue tickets</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>平台工单</translation>
    </message>
    <message>
        <source>Police referrals</source>
        <translation>公调对接</translation>
    </message>
    <message>
        <source>Notary intakes</source>
        <translation>公证代办</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>法律咨询</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>工作人员账号</translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <source>Batches forwarded to the notary office</source>
        <translation>已转递公证处的批次</translation>
    </message>
    <message>
        <source>Confirm hand-over…</source>
        <translation>确认交接…</translation>
    </message>
    <message>
        <source>The office&apos;s clerk signed the transfer list: note who received it</source>
        <translation>公证处工作人员已在转递清单上签收：登记接收人</translation>
    </message>
    <message>
        <source>Print transfer list</source>
        <translation>打印转递清单</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Confirm hand-over of {batch}</source>
        <translation>确认批次{batch}的交接</translation>
    </message>
    <message>
        <source>Who at {office} signed the transfer list for these {count} application(s)?</source>
        <translation>{office}由谁签收了这{count}件申请的转递清单？</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Notary office</source>
        <translation>公证处</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>转递日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>移交人</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Received at the office by</source>
        <translation>公证处接收人</translation>
    </message>
    <message>
        <source>not confirmed yet</source>
        <translation>尚未确认</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Worked weekend day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Monday to Friday are working days, except the holidays listed here; the weekend days listed as worked are working days. Deadlines are counted on this calendar.</source>
        <translation>周一至周五为工作日，下列节假日除外；下列调休上班的周末为工作日。各项期限按本日历计算。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Add a holiday…</source>
        <translation>添加节假日…</translation>
    </message>
    <message>
        <source>Add a worked weekend day…</source>
        <translation>添加调休上班日…</translation>
    </message>
    <message>
        <source>Remove the selected day</source>
        <translation>删除选中的日期</translation>
    </message>
    <message>
        <source>Load the State Council&apos;s arrangement</source>
        <translation>载入国务院公布的安排</translation>
    </message>
    <message>
        <source>Replaces this year&apos;s entries with the officially published holidays and worked weekend days.</source>
        <translation>用国务院公布的节假日和调休上班日替换本年度的全部设置。</translation>
    </message>
    <message>
        <source>{year}: {holidays} holiday day(s) on weekdays, {worked} weekend day(s) worked</source>
        <translation>{year} 年：节假日 {holidays} 天（工作日）、调休上班 {worked} 天</translation>
    </message>
    <message>
        <source>{year}: nothing entered — load the State Council&apos;s arrangement or add the days one by one.</source>
        <translation>{year} 年：尚未设置，请载入国务院公布的安排或逐日添加。</translation>
    </message>
    <message>
        <source>{year}: nothing entered — Monday to Friday count as working days.</source>
        <translation>{year} 年：尚未设置，周一至周五均按工作日计算。</translation>
    </message>
    <message>
        <source>Load the official arrangement</source>
        <translation>载入官方安排</translation>
    </message>
    <message>
        <source>Replace every entry of {year} with the holidays and worked weekend days published by the State Council? Days added by hand for {year} are removed.</source>
        <translation>用国务院公布的节假日和调休上班日替换 {year} 年的全部设置？{year} 年手工添加的日期将被删除。</translation>
    </message>
</context>
<context>
    <name>CallerPanel</name>
    <message>
        <source>Window calling</source>
        <translation>窗口叫号</translation>
    </message>
    <message>
        <source>My window</source>
        <translation>我的窗口</translation>
    </message>
    <message>
        <source>Window {n} {name}</source>
        <translation>{n} 号窗口 {name}</translation>
    </message>
    <message>
        <source>Outcome (optional), saved when you finish</source>
        <translation>办理结果（选填），办结时保存</translation>
    </message>
    <message>
        <source>Call next  F1</source>
        <translation>叫下一位  F1</translation>
    </message>
    <message>
        <source>Recall  F2</source>
        <translation>重呼  F2</translation>
    </message>
    <message>
        <source>Start  F3</source>
        <translation>开始办理  F3</translation>
    </message>
    <message>
        <source>Finish  F4</source>
        <translation>办结  F4</translation>
    </message>
    <message>
        <source>No-show  F6</source>
        <translation>过号  F6</translation>
    </message>
    <message>
        <source>Transfer…  F7</source>
        <translation>转移…  F7</translation>
    </message>
    <message>
        <source>Call a number…  F8</source>
        <translation>指定叫号…  F8</translation>
    </message>
    <message>
        <source>Ask the visitor to rate this service…</source>
        <translation>请群众评价本次服务…</translation>
    </message>
    <message>
        <source>No-shows today</source>
        <translation>今日过号</translation>
    </message>
    <message>
        <source>Back in the queue</source>
        <translation>重新排队</translation>
    </message>
    <message>
        <source>Cancel selected waiting ticket</source>
        <translation>取消所选排队号</translation>
    </message>
    <message>
        <source>Waiting for this window: {n}</source>
        <translation>本窗口等候：{n} 人</translation>
    </message>
    <message>
        <source>Resume window</source>
        <translation>恢复窗口</translation>
    </message>
    <message>
        <source>Pause window</source>
        <translation>暂停窗口</translation>
    </message>
    <message>
        <source>Open the consultation form for {number}</source>
        <translation>为{number}打开法律咨询登记</translation>
    </message>
    <message>
        <source>Open the notary intake for {number}</source>
        <translation>为{number}打开公证受理</translation>
    </message>
    <message>
        <source>No visitor at this window. Press F1 to call the next one.</source>
        <translation>本窗口暂无办事群众，请按 F1 叫下一位。</translation>
    </message>
    <message>
        <source>called {n} time(s)</source>
        <translation>已呼叫 {n} 次</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>priority lane</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>arrived {time}</source>
        <translation>{time} 到达</translation>
    </message>
    <message>
        <source>Nobody is waiting for this window.</source>
        <translation>本窗口暂无人等候。</translation>
    </message>
    <message>
        <source>Cancel ticket</source>
        <translation>取消排队号</translation>
    </message>
    <message>
        <source>Cancel ticket {number}? The visitor leaves the queue.</source>
        <translation>确定取消 {number} 号吗？该群众将退出排队。</translation>
    </message>
    <message>
        <source>Call a number</source>
        <translation>指定叫号</translation>
    </message>
    <message>
        <source>Ticket number, e.g. A012:</source>
        <translation>排队号（例如 A012）：</translation>
    </message>
</context>
<context>
    <name>CaseDetailDialog</name>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Investigation and mediation</source>
        <translation>调查与调解</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>卷宗</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Mediator: {mediator}   ·   Kind of dispute: {category}   ·   Received: {date}</source>
        <translation>人民调解员：{mediator}&#x3000;·&#x3000;纠纷类型：{category}&#x3000;·&#x3000;受理日期：{date}</translation>
    </message>
    <message>
        <source>Overdue: {items}</source>
        <translation>已逾期：{items}</translation>
    </message>
    <message>
        <source>Due soon: {items}</source>
        <translation>即将到期：{items}</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
</context>
<context>
    <name>CaseEditDialog</name>
    <message>
        <source>Correct case {number}</source>
        <translation>更正案件 {number}</translation>
    </message>
    <message>
        <source>Correct facts and parties of {number}</source>
        <translation>更正 {number} 的案情与当事人</translation>
    </message>
    <message>
        <source>Correct a typo or add what the agreement needs (sex, birth date, ethnicity, address). The case number and the day received stay; if the parties change, signatures already recorded are recorded again.</source>
        <translation>可更正笔误，或补充调解协议书需要的信息（性别、出生日期、民族、住址）。案件编号和受理日期不变；当事人信息变更后，已记录的签名需重新记录。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件信息</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Save corrections</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CaseFactsForm</name>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>What the dispute is about, in a sentence or two</source>
        <translation>用一两句话概述纠纷内容</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Yuan, e.g. 12000 or 3500.50; empty if none</source>
        <translation>单位：元，例如 12000 或 3500.50；没有则留空</translation>
    </message>
    <message>
        <source>Escalation risk</source>
        <translation>激化风险</translation>
    </message>
    <message>
        <source>May turn into a public-order or criminal case — report to the police (art. 25).</source>
        <translation>可能引发治安案件或刑事案件，应及时报告公安机关（《人民调解法》第二十五条）。</translation>
    </message>
    <message>
        <source>May turn into a public-order or criminal case — report to the police (art. 25). What was seen and who was told.</source>
        <translation>可能引发治安案件或刑事案件，应及时报告公安机关（《人民调解法》第二十五条）。请写明发现的情况及已向谁报告。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Kind of dispute</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>发生地点</translation>
    </message>
    <message>
        <source>Community / grid</source>
        <translation>社区/网格</translation>
    </message>
    <message>
        <source>Amount involved</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Risk note</source>
        <translation>风险情况说明</translation>
    </message>
</context>
<context>
    <name>CaseFileTab</name>
    <message>
        <source>Case file checklist</source>
        <translation>卷宗材料清单</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <source>Print cover…</source>
        <translation>打印卷宗封面…</translation>
    </message>
    <message>
        <source>Print table of contents…</source>
        <translation>打印卷内目录…</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>补充说明</translation>
    </message>
    <message>
        <source>None. Once the file is archived, corrections are added here.</source>
        <translation>暂无。卷宗归档后，更正以补充说明的方式添加在这里。</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>添加补充说明…</translation>
    </message>
    <message>
        <source>Archived, read-only; to correct anything, add an addendum.</source>
        <translation>已归档，只读；更正请添加补充说明。</translation>
    </message>
    <message>
        <source>Archived on {date}, kept {period}.</source>
        <translation>归档日期 {date}，保管期限 {period}。</translation>
    </message>
    <message>
        <source>Mediation has ended. Complete the missing items, then archive the file.</source>
        <translation>调解已结束。请补齐缺少的材料后归档。</translation>
    </message>
    <message>
        <source>The file is complete and can be archived.</source>
        <translation>卷宗材料齐全，可以归档。</translation>
    </message>
    <message>
        <source>The file is archived once mediation has ended and every item is in it.</source>
        <translation>调解结束且材料齐全后方可归档。</translation>
    </message>
    <message>
        <source>in the file</source>
        <translation>已入卷</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺</translation>
    </message>
    <message>
        <source>Archive case {number}, kept {period}? The file then becomes read-only; corrections can only be added as addenda.</source>
        <translation>将案件 {number} 归档，保管期限 {period}？归档后卷宗只读，更正只能以补充说明的方式添加。</translation>
    </message>
</context>
<context>
    <name>CaseFollowUpTab</name>
    <message>
        <source>Performance follow-ups (art. 31)</source>
        <translation>履行情况回访（第三十一条）</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>登记回访…</translation>
    </message>
    <message>
        <source>Schedule another…</source>
        <translation>再安排一次回访…</translation>
    </message>
    <message>
        <source>Print follow-up record…</source>
        <translation>打印回访记录…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应回访日期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>情况记录</translation>
    </message>
    <message>
        <source>By</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Judicial confirmation (art. 33)</source>
        <translation>司法确认（第三十三条）</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Record application</source>
        <translation>登记已申请</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>Mediation ended without agreement: there is nothing to follow up.</source>
        <translation>调解终止，未达成协议：没有需要回访的协议。</translation>
    </message>
    <message>
        <source>Follow-ups start once an agreement is in effect; the first one is scheduled for when performance is due.</source>
        <translation>协议生效后开始回访；第一次回访安排在履行期限届满时。</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未回访</translation>
    </message>
    <message>
        <source>The parties may jointly apply for judicial confirmation until {date} (days left: {days}).</source>
        <translation>可于 {date} 前共同申请司法确认（还剩 {days} 天）。</translation>
    </message>
    <message>
        <source>The 30-day window for judicial confirmation closed on {date}.</source>
        <translation>申请司法确认的 30 日期限已于 {date} 届满。</translation>
    </message>
    <message>
        <source> on {date}</source>
        <translation>（{date}）</translation>
    </message>
    <message>
        <source>Recorded: {state}</source>
        <translation>登记情况：{state}</translation>
    </message>
</context>
<context>
    <name>CaseIntakePage</name>
    <message>
        <source>Register a mediation case</source>
        <translation>纠纷受理登记</translation>
    </message>
    <message>
        <source>Everything on one screen. Ctrl+S saves; open cases of the same people are shown first.</source>
        <translation>所有信息在一个页面内填写，按 Ctrl+S 保存；保存前会先列出相同当事人的未结案件。</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件信息</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Open cases of the same people</source>
        <translation>相同当事人的未结案件</translation>
    </message>
    <message>
        <source>These open cases share an ID number, phone or address with the parties. Check it is not the same dispute, then click “Save anyway”.</source>
        <translation>以下未结案件与本案当事人的身份证号码、手机号码或地址相同。请确认不是同一纠纷后，点击“仍然保存”。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Matched on</source>
        <translation>相同项</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Case {number} registered. The form is ready for the next case.</source>
        <translation>案件 {number} 已登记，表单已清空，可继续登记下一件。</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Application by a party</source>
        <translation>当事人申请</translation>
    </message>
    <message>
        <source>Mediation on the committee&apos;s initiative</source>
        <translation>主动调解</translation>
    </message>
    <message>
        <source>Referred by the police</source>
        <translation>公安移交</translation>
    </message>
    <message>
        <source>Entrusted by a court</source>
        <translation>法院委托</translation>
    </message>
    <message>
        <source>Referred by a government department</source>
        <translation>政府部门移交</translation>
    </message>
    <message>
        <source>Platform work order</source>
        <translation>平台工单</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三人</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Mediating</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>已达成协议</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>法人或其他组织</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Mediation session</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <source>Written agreement</source>
        <translation>书面调解协议</translation>
    </message>
    <message>
        <source>Oral agreement</source>
        <translation>口头调解协议</translation>
    </message>
    <message>
        <source>Mediation ended without agreement</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <source>No agreement could be reached</source>
        <translation>调解不成，未能达成协议</translation>
    </message>
    <message>
        <source>A party refused mediation (art. 17)</source>
        <translation>当事人拒绝调解（第十七条）</translation>
    </message>
    <message>
        <source>A party ended mediation (art. 23)</source>
        <translation>当事人要求终止调解（第二十三条）</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>盖章</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>按指印</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>30 years</source>
        <translation>30 年</translation>
    </message>
    <message>
        <source>10 years</source>
        <translation>10 年</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门回访</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Fully performed</source>
        <translation>已全部履行</translation>
    </message>
    <message>
        <source>Partly performed</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <source>Not performed</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>尚未登记</translation>
    </message>
    <message>
        <source>Applied to the court</source>
        <translation>已向法院申请</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名或名称</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>planned session</source>
        <translation>计划调解</translation>
    </message>
    <message>
        <source>planned investigation</source>
        <translation>计划调查</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>judicial confirmation window</source>
        <translation>司法确认期限</translation>
    </message>
    <message>
        <source>open too long</source>
        <translation>办理超期</translation>
    </message>
    <message>
        <source>Application for mediation</source>
        <translation>人民调解申请书</translation>
    </message>
    <message>
        <source>Registration form</source>
        <translation>人民调解受理登记表</translation>
    </message>
    <message>
        <source>Investigation record</source>
        <translation>调查记录</translation>
    </message>
    <message>
        <source>Mediation session record</source>
        <translation>调解笔录</translation>
    </message>
    <message>
        <source>Mediation agreement</source>
        <translation>人民调解协议书</translation>
    </message>
    <message>
        <source>Record of the oral agreement</source>
        <translation>口头调解协议登记</translation>
    </message>
    <message>
        <source>Notice of termination</source>
        <translation>终止人民调解告知书</translation>
    </message>
    <message>
        <source>Follow-up record</source>
        <translation>人民调解回访记录</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>补充说明</translation>
    </message>
    <message>
        <source>the parties&apos; particulars</source>
        <translation>当事人的基本情况</translation>
    </message>
    <message>
        <source>main facts of the dispute</source>
        <translation>纠纷的主要事实</translation>
    </message>
    <message>
        <source>matters in dispute</source>
        <translation>争议事项</translation>
    </message>
    <message>
        <source>each party&apos;s responsibility</source>
        <translation>各方当事人的责任</translation>
    </message>
    <message>
        <source>agreed terms</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>how the agreement is performed</source>
        <translation>履行方式</translation>
    </message>
    <message>
        <source>by when it is performed</source>
        <translation>履行期限</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Mass dispute</source>
        <translation>群体性纠纷</translation>
    </message>
    <message>
        <source>Escalation risk</source>
        <translation>激化风险</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Mediation cases</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <source>Name, pinyin initials, ID number, phone, case number; address or summary words (3+ characters)</source>
        <translation>姓名、拼音首字母、身份证号码、手机号码、案号；地址或事由中的词（至少 3 个字）</translation>
    </message>
    <message>
        <source>Every word must match. Names are found from a single character; words of an address or of the summary need at least 3 characters (e.g. 金水路, 漏水问题).</source>
        <translation>每个词都须匹配。姓名输入一个字即可查找；地址或纠纷事由中的词至少需要 3 个字（如 金水路、漏水问题）。</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>All mediators</source>
        <translation>全部调解员</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Received on or after</source>
        <translation>受理日期不早于此日</translation>
    </message>
    <message>
        <source>Received on or before</source>
        <translation>受理日期不晚于此日</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show and select this row of the results (Ctrl+G)</source>
        <translation>定位并选中结果中的这一行（Ctrl+G）</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>跳转</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>More filters from the dashboard</source>
        <translation>另有来自数据看板的筛选条件</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>尚未结案</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>调解结果：{outcome}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>共 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>{count}+ cases</source>
        <translation>共 {count}+ 件</translation>
    </message>
    <message>
        <source>There is no row {number}.</source>
        <translation>没有第 {number} 行。</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
</context>
<context>
    <name>CaseOutcomeTab</name>
    <message>
        <source>Outcome:</source>
        <translation>调解结果：</translation>
    </message>
    <message>
        <source>Written agreement (art. 29)</source>
        <translation>书面调解协议（第二十九条）</translation>
    </message>
    <message>
        <source>Oral agreement (art. 28)</source>
        <translation>口头调解协议（第二十八条）</translation>
    </message>
    <message>
        <source>End mediation (arts. 17, 23, 26)</source>
        <translation>终止调解（第十七、二十三、二十六条）</translation>
    </message>
</context>
<context>
    <name>CaseOverviewTab</name>
    <message>
        <source>The dispute</source>
        <translation>纠纷情况</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指定</translation>
    </message>
    <message>
        <source>The parties may choose or accept the mediator (art. 23).</source>
        <translation>当事人可以选择或者接受人民调解员（第二十三条）。</translation>
    </message>
    <message>
        <source>Correct facts and parties…</source>
        <translation>更正案情与当事人…</translation>
    </message>
    <message>
        <source>A typo, or particulars the agreement needs that were not typed at intake; possible until mediation ends.</source>
        <translation>更正笔误，或补充受理时未录入、调解协议书需要的当事人信息；调解结束前均可更正。</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>身份证号码/统一社会信用代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Show full ID numbers and phones (recorded in the audit trail)</source>
        <translation>显示完整身份证号码和手机号码（将记入审计日志）</translation>
    </message>
    <message>
        <source>Print the application…</source>
        <translation>打印人民调解申请书…</translation>
    </message>
    <message>
        <source>Print the registration form…</source>
        <translation>打印受理登记表…</translation>
    </message>
    <message>
        <source>mass dispute</source>
        <translation>群体性纠纷</translation>
    </message>
    <message>
        <source>risk of escalation: {note}</source>
        <translation>有激化风险：{note}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>发生地点</translation>
    </message>
    <message>
        <source>Amount involved</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <source>{yuan} yuan</source>
        <translation>{yuan} 元</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未指定</translation>
    </message>
</context>
<context>
    <name>CaseRecordDialog</name>
    <message>
        <source>Mediation session record</source>
        <translation>调解笔录</translation>
    </message>
    <message>
        <source>Investigation record</source>
        <translation>调查记录</translation>
    </message>
    <message>
        <source>A planned one needs only the date, time and place: it appears under My deadlines. Open it again to write it up once it has been held.</source>
        <translation>计划安排只需填写日期、时间和地点，会列入“期限提醒”。举行之后再打开它补写记录。</translation>
    </message>
    <message>
        <source>Draft kept at {time}</source>
        <translation>草稿已于 {time} 自动保存</translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Held — write it up</source>
        <translation>已举行，填写记录</translation>
    </message>
    <message>
        <source>Planned — put it in the diary</source>
        <translation>计划安排，列入日程</translation>
    </message>
    <message>
        <source>e.g. the community mediation room</source>
        <translation>如：社区调解室</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Not public</source>
        <translation>不公开</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>The parties may ask for the session to be held in public or not (art. 23).</source>
        <translation>当事人可以要求调解公开进行或者不公开进行（第二十三条）。</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>调解方式</translation>
    </message>
    <message>
        <source>Who signed or put a thumbprint on the record</source>
        <translation>在笔录上签名或捺印的人</translation>
    </message>
    <message>
        <source>Parties and others present, separated by 、</source>
        <translation>到场的当事人及其他人员，用“、”分隔</translation>
    </message>
    <message>
        <source>Name, and how they relate to the dispute</source>
        <translation>姓名及与纠纷的关系</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>调查人</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>参加人</translation>
    </message>
    <message>
        <source>Person questioned</source>
        <translation>被调查人</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>笔录内容</translation>
    </message>
    <message>
        <source>What was asked and answered</source>
        <translation>调查内容</translation>
    </message>
    <message>
        <source>Insert a question</source>
        <translation>插入提问</translation>
    </message>
    <message>
        <source>Insert an answer</source>
        <translation>插入回答</translation>
    </message>
    <message>
        <source>Insert a speaker</source>
        <translation>插入发言人</translation>
    </message>
    <message>
        <source>Rights and duties</source>
        <translation>告知权利义务</translation>
    </message>
    <message>
        <source>Insert the standard notice of the parties&apos; rights and duties (arts. 23, 24)</source>
        <translation>插入告知当事人权利义务的标准表述（第二十三、二十四条）</translation>
    </message>
    <message>
        <source>Opening notice</source>
        <translation>调查告知</translation>
    </message>
    <message>
        <source>Insert the standard opening: identity shown, asked to tell the truth</source>
        <translation>插入标准开场：表明身份，告知如实提供情况</translation>
    </message>
    <message>
        <source>Read back</source>
        <translation>核对确认</translation>
    </message>
    <message>
        <source>Insert the closing line: the record was read and confirmed</source>
        <translation>插入结尾：笔录已经阅读或宣读，确认无误</translation>
    </message>
    <message>
        <source>Kept as a draft while you type.</source>
        <translation>输入内容会自动保存为草稿。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>What was typed stays as a draft and comes back next time</source>
        <translation>已输入的内容保留为草稿，下次打开时恢复</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 字</numerusform>
        </translation>
    </message>
    <message>
        <source>at most {limit}</source>
        <translation>上限 {limit}</translation>
    </message>
</context>
<context>
    <name>CaseRecordsTab</name>
    <message>
        <source>New investigation record…</source>
        <translation>新建调查记录…</translation>
    </message>
    <message>
        <source>New session record…</source>
        <translation>新建调解笔录…</translation>
    </message>
    <message>
        <source>Plan a session…</source>
        <translation>安排调解…</translation>
    </message>
    <message>
        <source>Open / write up…</source>
        <translation>打开/补写…</translation>
    </message>
    <message>
        <source>Cancel planned…</source>
        <translation>取消计划…</translation>
    </message>
    <message>
        <source>Print record…</source>
        <translation>打印记录…</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Conducted by</source>
        <translation>主持/调查人</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人/被调查人</translation>
    </message>
    <message>
        <source>Public / private</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Select a record to read it here.</source>
        <translation>选中一条记录即可在此阅读。</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>不公开</translation>
    </message>
    <message>
        <source>The case is archived; its records are read-only.</source>
        <translation>案件已归档，记录只读。</translation>
    </message>
    <message>
        <source>Mediation has ended; records can no longer be added or changed.</source>
        <translation>调解已结束，不能再添加或修改记录。</translation>
    </message>
    <message>
        <source>No records yet. Write up an investigation or a session, or plan a session.</source>
        <translation>还没有记录。可新建调查记录或调解笔录，或安排一次调解。</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>还没有记录。</translation>
    </message>
    <message>
        <source>Recorder: {name}</source>
        <translation>记录人：{name}</translation>
    </message>
    <message>
        <source>Signed by: {names}</source>
        <translation>签名：{names}</translation>
    </message>
    <message>
        <source>Take the {kind} planned for {when} out of the diary?</source>
        <translation>取消计划于 {when} 进行的{kind}？</translation>
    </message>
</context>
<context>
    <name>CategoryBox</name>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
</context>
<context>
    <name>CenterPage</name>
    <message>
        <source>Center profile (printed on every document)</source>
        <translation>中心信息（打印在所有文书上）</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <source>Mediation committee</source>
        <translation>人民调解委员会</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存中心信息</translation>
    </message>
    <message>
        <source>The center profile was saved.</source>
        <translation>中心信息已保存。</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <source>{checked} records, chain intact</source>
        <translation>共 {checked} 条记录，哈希链完整</translation>
    </message>
    <message>
        <source>the audit trail is empty</source>
        <translation>审计日志为空</translation>
    </message>
    <message>
        <source>record {id} is missing (deleted)</source>
        <translation>第 {id} 条记录缺失（已被删除）</translation>
    </message>
    <message>
        <source>record {id} does not follow record {prev}</source>
        <translation>第 {id} 条记录与第 {prev} 条记录衔接不上</translation>
    </message>
    <message>
        <source>record {id} was changed after it was written</source>
        <translation>第 {id} 条记录写入后被修改</translation>
    </message>
    <message>
        <source>the newest records were removed: the chain ends at {prev}, the head says {head}</source>
        <translation>最新的记录被删除：哈希链止于第 {prev} 条，而链头记载为第 {head} 条</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own before you continue.</source>
        <translation>您的密码由管理员设置，请先设置自己的密码再继续。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>确认新密码</translation>
    </message>
    <message>
        <source>At least 8 characters, with letters and digits.</source>
        <translation>至少 8 位，须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>将此图表保存为 PNG 图片</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>该期间暂无数据</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>ChecklistSummary</name>
    <message>
        <source>Materials not checked yet: the application waits until they are.</source>
        <translation>材料尚未核对：核对后才能继续办理。</translation>
    </message>
    <message>
        <source>Missing: {what}</source>
        <translation>尚缺：{what}</translation>
    </message>
    <message>
        <source>Complete: every required material is here.</source>
        <translation>材料齐全：必交材料均已收到。</translation>
    </message>
</context>
<context>
    <name>CodeKeypad</name>
    <message>
        <source>Enter your 6-digit appointment code</source>
        <translation>请输入您的 6 位预约码</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on both sides</source>
        <translation>双方都有修改</translation>
    </message>
    <message>
        <source>{record} — {field}</source>
        <translation>{record} — {field}</translation>
    </message>
    <message>
        <source>This field was changed on this desk and on the platform since the last sync. Choose the value to keep; the other one is set aside.</source>
        <translation>自上次同步以来，本机和平台都修改了这一项。请选择要保留的内容，另一方的修改将不再采用。</translation>
    </message>
    <message>
        <source>Keep this desk&apos;s</source>
        <translation>保留本机</translation>
    </message>
    <message>
        <source>Take the platform&apos;s</source>
        <translation>采用平台</translation>
    </message>
    <message>
        <source>Changed on this desk</source>
        <translation>本机的修改</translation>
    </message>
    <message>
        <source>Value on the platform</source>
        <translation>平台上的值</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍后再定</translation>
    </message>
</context>
<context>
    <name>ConsultationDetailDialog</name>
    <message>
        <source>Consultation</source>
        <translation>法律咨询</translation>
    </message>
    <message>
        <source>Print registration form</source>
        <translation>打印咨询登记表</translation>
    </message>
    <message>
        <source>Consultation {number}</source>
        <translation>法律咨询 {number}</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>咨询时间</translation>
    </message>
    <message>
        <source>Duty lawyer</source>
        <translation>值班律师</translation>
    </message>
    <message>
        <source>How asked</source>
        <translation>咨询方式</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>咨询人</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>咨询类别</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>咨询问题</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>解答意见</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n}分钟</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转介去向</translation>
    </message>
    <message>
        <source>Referral note</source>
        <translation>转介说明</translation>
    </message>
</context>
<context>
    <name>ConsultationPage</name>
    <message>
        <source>Legal consultations</source>
        <translation>法律咨询</translation>
    </message>
    <message>
        <source>One entry per person asking. Ctrl+Enter saves and empties the form for the next person; Alt+1, Alt+2, Alt+3 choose in person, phone or WeChat.</source>
        <translation>每位咨询人登记一条。Ctrl+Enter保存并清空表单，接待下一位；Alt+1、Alt+2、Alt+3分别选择现场、电话、微信。</translation>
    </message>
    <message>
        <source>Legal consultation</source>
        <translation>法律咨询</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>新咨询</translation>
    </message>
    <message>
        <source>How asked</source>
        <translation>咨询方式</translation>
    </message>
    <message>
        <source>&amp;Anonymous</source>
        <translation>匿名(&amp;A)</translation>
    </message>
    <message>
        <source>The person prefers not to say who they are: nothing about them is kept.</source>
        <translation>咨询人不愿透露身份：不保存其任何个人信息。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Optional, 18 characters</source>
        <translation>选填，18位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Mobile or landline, optional</source>
        <translation>手机或固定电话，选填</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Type the pinyin initials (ldzy), the code or the first characters; Alt+Down shows the list.</source>
        <translation>可输入拼音首字母（ldzy）、代码或开头的字；Alt+↓显示列表。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>咨询类别</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>咨询问题</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>解答意见</translation>
    </message>
    <message>
        <source>What the person asked, in a sentence or two</source>
        <translation>咨询人所问的问题，一两句话即可</translation>
    </message>
    <message>
        <source>What the lawyer advised</source>
        <translation>律师给出的意见</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Time spent with the person. With a queue ticket it follows the clock until you change it.</source>
        <translation>接待用时。关联排队号时自动计时，手动修改后不再变化。</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Which department</source>
        <translation>哪个部门</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Print the legal-aid application…</source>
        <translation>打印法律援助申请表…</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>My consultations</source>
        <translation>我的咨询</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>转介…</translation>
    </message>
    <message>
        <source>Print registration form</source>
        <translation>打印咨询登记表</translation>
    </message>
    <message>
        <source>Print legal-aid application</source>
        <translation>打印法律援助申请表</translation>
    </message>
    <message>
        <source>Print the day&apos;s list</source>
        <translation>打印当日台账</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves; the form is then ready for the next person.</source>
        <translation>按Ctrl+Enter保存，随后即可登记下一位。</translation>
    </message>
    <message>
        <source>Ticket {number} is not attached: save or clear the form, then open it again from the calling page.</source>
        <translation>排队号{number}未关联：请先保存或清空表单，再从叫号页面重新打开。</translation>
    </message>
    <message>
        <source>Ticket {number}</source>
        <translation>排队号 {number}</translation>
    </message>
    <message>
        <source>Unsaved entry</source>
        <translation>登记未保存</translation>
    </message>
    <message>
        <source>The form holds an entry that was not saved. Empty it for ticket {number}?</source>
        <translation>表单中有尚未保存的登记。要清空表单以办理{number}号吗？</translation>
    </message>
    <message>
        <source>Mediation needs to know who applies: enter the person&apos;s name (not anonymous).</source>
        <translation>人民调解须明确申请人：请填写咨询人姓名（不能匿名）。</translation>
    </message>
    <message>
        <source>Saved {number}.</source>
        <translation>已保存{number}。</translation>
    </message>
    <message>
        <source>Mediation case {case} registered; the committee assigns a mediator.</source>
        <translation>已登记调解案件{case}，由调委会指派调解员。</translation>
    </message>
    <message>
        <source>Referred to legal aid: print the application for the person to sign.</source>
        <translation>已转法律援助：请打印申请表交咨询人签字。</translation>
    </message>
    <message>
        <source>Consultations: {count}   Time spent: {minutes} min   Referred: {referred}</source>
        <translation>咨询：{count}人次   用时：{minutes}分钟   转介：{referred}</translation>
    </message>
    <message>
        <source>No consultations on this day.</source>
        <translation>当日没有咨询记录。</translation>
    </message>
    <message>
        <source>{number} referred.</source>
        <translation>{number}已转介。</translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <source>Something unexpected went wrong. You can go on working: what you were typing in a form is kept and comes back when you open the form again. If it happens again, tell the administrator.</source>
        <translation>程序出现意外错误。您可以继续工作：表单中正在填写的内容已保留，再次打开该表单时会自动恢复。如再次出现，请告知管理员。</translation>
    </message>
    <message>
        <source>A report without personal data was written to {folder}.</source>
        <translation>已在 {folder} 生成一份不含个人信息的错误报告。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现错误</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Still open</source>
        <translation>尚未结案</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Click to list these cases</source>
        <translation>点击列出这些案件</translation>
    </message>
    <message>
        <source>Referral results on time</source>
        <translation>移交纠纷按期反馈</translation>
    </message>
    <message>
        <source>Referral results late</source>
        <translation>移交纠纷逾期反馈</translation>
    </message>
    <message>
        <source>Work orders done on time</source>
        <translation>工单按期办结</translation>
    </message>
    <message>
        <source>Work orders done late</source>
        <translation>工单逾期办结</translation>
    </message>
    <message>
        <source>Open work orders overdue now</source>
        <translation>目前已逾期的未办结工单</translation>
    </message>
</context>
<context>
    <name>DashboardFilterBar</name>
    <message>
        <source>Whole center</source>
        <translation>全中心</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <source>Mediation, referral and work-order figures of this node and the nodes below it. Queue and satisfaction figures are always for the whole center.</source>
        <translation>调解、移交纠纷和工单数据按所选区域及其下级区域统计。排队和满意度数据始终为全中心数据。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
</context>
<context>
    <name>DashboardFilters</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>Click a bar, a point or a tile to open the list behind it. The area filter applies to mediation cases, referrals and work orders; queue and satisfaction figures are always for the whole center.</source>
        <translation>点击柱条、数据点或指标卡片，可打开对应的明细列表。区域筛选适用于调解案件、移交纠纷和工单；排队和满意度数据始终为全中心数据。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation>月度报表…</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>正在加载统计数据…</translation>
    </message>
    <message>
        <source>{start} – {end} · {area} · updated at {time}</source>
        <translation>{start} – {end} · {area} · 更新于 {time}</translation>
    </message>
    <message>
        <source>The figures could not be loaded. {error} Try Refresh.</source>
        <translation>统计数据加载失败。{error}请点击“刷新”重试。</translation>
    </message>
    <message>
        <source>Mediation cases received and agreed</source>
        <translation>调解案件受理与达成协议情况</translation>
    </message>
    <message>
        <source>Click to list the cases received in this period</source>
        <translation>点击列出该时段受理的案件</translation>
    </message>
    <message>
        <source>Queue tickets issued and served</source>
        <translation>排队取号与办结情况</translation>
    </message>
    <message>
        <source>Cases by dispute category</source>
        <translation>案件按纠纷类型分布</translation>
    </message>
    <message>
        <source>Cases by source</source>
        <translation>案件按来源分布</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>案件按状态分布</translation>
    </message>
    <message>
        <source>Cases by outcome</source>
        <translation>案件按调解结果分布</translation>
    </message>
    <message>
        <source>Satisfaction ratings (whole center)</source>
        <translation>好差评情况（全中心）</translation>
    </message>
    <message>
        <source>Referral results and work orders against their deadlines</source>
        <translation>移交纠纷反馈与工单办结按期情况</translation>
    </message>
    <message>
        <source>Not shown to your account</source>
        <translation>您的账号无权查看</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度报表</translation>
    </message>
    <message>
        <source>The monthly report is not available in this version.</source>
        <translation>当前版本不提供月度报表。</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>Add a worked weekend day</source>
        <translation>添加调休上班日</translation>
    </message>
    <message>
        <source>Add a holiday</source>
        <translation>添加节假日</translation>
    </message>
    <message>
        <source>A Saturday or Sunday worked in exchange for a holiday.</source>
        <translation>因节假日调休而上班的周六或周日。</translation>
    </message>
    <message>
        <source>A weekday off; weekends are off already.</source>
        <translation>放假的工作日（周末本来就休息，无需添加）。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>DayListModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>咨询人</translation>
    </message>
    <message>
        <source>How asked</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>Planned session</source>
        <translation>计划调解</translation>
    </message>
    <message>
        <source>Planned investigation</source>
        <translation>计划调查</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>回访到期</translation>
    </message>
    <message>
        <source>Judicial confirmation deadline</source>
        <translation>司法确认期限</translation>
    </message>
    <message>
        <source>Open too long</source>
        <translation>超期未结</translation>
    </message>
    <message>
        <source>When</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Check how the agreement is being performed (art. 31)</source>
        <translation>回访协议履行情况（第三十一条）</translation>
    </message>
    <message>
        <source>Agreement took effect on {date}; the parties may apply to a court within 30 days (art. 33)</source>
        <translation>协议于 {date} 生效，当事人可在 30 日内申请司法确认（第三十三条）</translation>
    </message>
    <message>
        <source>Received on {date}</source>
        <translation>{date} 受理</translation>
    </message>
</context>
<context>
    <name>Dictionaries</name>
    <message>
        <source>Dispute categories</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Ethnic groups</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Consultation categories</source>
        <translation>法律咨询类别</translation>
    </message>
</context>
<context>
    <name>DictionaryTableModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>From the platform: the next sync may replace changes made here.</source>
        <translation>来自平台：下次同步时，在此处所做的修改可能被覆盖。</translation>
    </message>
</context>
<context>
    <name>DocumentPrintersForm</name>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Where each kind of document prints. With a printer chosen, Print in the preview prints at once and Other printer… still lets the clerk pick one; Ask each time opens the print dialog.</source>
        <translation>设置各类文书使用的打印机。选定打印机后，在预览中点击“打印”即直接打印，点击“其他打印机…”仍可另选；选择“每次询问”则每次打开打印对话框。</translation>
    </message>
    <message>
        <source>Agreements, applications, records and case files</source>
        <translation>协议书、申请书、笔录及卷宗</translation>
    </message>
    <message>
        <source>Notices and letters (police, work orders, notary)</source>
        <translation>通知书及函件（公安、工单、公证）</translation>
    </message>
    <message>
        <source>Receipts (referrals, notary applications)</source>
        <translation>回执（移交纠纷、公证申请）</translation>
    </message>
    <message>
        <source>Reports and day lists</source>
        <translation>报表及台账</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Discard it</source>
        <translation>放弃这些内容</translation>
    </message>
    <message>
        <source>Throw away the restored content and start again</source>
        <translation>丢弃恢复的内容，重新开始</translation>
    </message>
    <message>
        <source>Restored what was not saved last time (kept at {time}).</source>
        <translation>已恢复上次未保存的内容（保存于 {time}）。</translation>
    </message>
    <message>
        <source>Restored what was not saved last time.</source>
        <translation>已恢复上次未保存的内容。</translation>
    </message>
</context>
<context>
    <name>EndPanel</name>
    <message>
        <source>End mediation</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <source>A party may refuse mediation (art. 17) or end it at any time (art. 23). When mediation ends without agreement the parties must be told they may seek arbitration, administrative or judicial remedies: print the termination notice for them (art. 26).</source>
        <translation>当事人可以拒绝调解（第十七条），也可以随时要求终止调解（第二十三条）。调解不成终止调解的，应当告知当事人可以依法通过仲裁、行政、司法等途径维护自己的权利：请打印终止调解告知书交给当事人（第二十六条）。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>Which party</source>
        <translation>哪一方当事人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>What was said or done; required for another reason</source>
        <translation>当事人的表示或经过；原因为“其他”时必填</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>End mediation…</source>
        <translation>终止调解…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>End mediation of case {number}: {reason}? This cannot be undone.</source>
        <translation>终止案件 {number} 的调解：{reason}？此操作不能撤销。</translation>
    </message>
</context>
<context>
    <name>EnrollBox</name>
    <message>
        <source>Connect this desk to the platform</source>
        <translation>接入平台</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>平台地址</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <source>Name of this desk</source>
        <translation>本机名称</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接入</translation>
    </message>
    <message>
        <source>This desk is connected to {center}. Connecting again with a new code replaces its token (after the platform revoked it, or to move it).</source>
        <translation>本机已接入“{center}”。用新的注册码再次接入会替换本机的凭证（平台吊销本机后，或本机改接其他中心时使用）。</translation>
    </message>
    <message>
        <source>Ask the platform for an enrollment code (valid 7 days, used once). The address must start with https://.</source>
        <translation>请向平台申请注册码（7 天内有效，只能使用一次）。地址须以 https:// 开头。</translation>
    </message>
    <message>
        <source>Enter the platform&apos;s address.</source>
        <translation>请填写平台地址。</translation>
    </message>
    <message>
        <source>Enter the enrollment code from the platform.</source>
        <translation>请填写平台发放的注册码。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在接入……</translation>
    </message>
    <message>
        <source>Connected to {center}. Sync starts in a moment and sends every record this desk holds.</source>
        <translation>已接入“{center}”。同步稍后开始，本机现有的记录都会发送到平台。</translation>
    </message>
    <message>
        <source>The platform did not accept this enrollment code: it may be mistyped, used already or expired. Ask the platform for a new one.</source>
        <translation>平台不接受这个注册码：可能输入有误、已被使用或已过期。请向平台重新申请。</translation>
    </message>
    <message>
        <source>The platform cannot be reached at this address. Check the address and the network, then try again.</source>
        <translation>无法通过这个地址连接平台。请检查地址和网络后重试。</translation>
    </message>
    <message>
        <source>Something answers at this address, but not the platform. Check the address.</source>
        <translation>这个地址有应答，但不是平台。请检查地址。</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Grid areas</source>
        <translation>网格区域</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>字典</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Queue tickets</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Queue services</source>
        <translation>排队业务</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Rating follow-ups</source>
        <translation>好差评整改回访</translation>
    </message>
    <message>
        <source>Mediation cases</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <source>Police referrals</source>
        <translation>公调对接</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>平台工单</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit entry</source>
        <translation>编辑字典项</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>新增字典项</translation>
    </message>
    <message>
        <source>List: {kind}</source>
        <translation>字典：{kind}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>This entry comes from the platform; the next sync may undo changes.</source>
        <translation>此字典项来自平台，下次同步时您的修改可能被撤销。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A username is 2 to 40 lowercase letters, digits, dots, dashes or underscores.</source>
        <translation>用户名须由 2 至 40 位小写字母、数字、点、连字符或下划线组成。</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>该账号已不存在。</translation>
    </message>
    <message>
        <source>The username {username} is taken.</source>
        <translation>用户名 {username} 已被占用，请换一个。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用您自己的账号。</translation>
    </message>
    <message>
        <source>The center needs at least one active administrator.</source>
        <translation>本中心须至少保留一个启用的管理员账号。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要 8 位。</translation>
    </message>
    <message>
        <source>A password needs both letters and digits.</source>
        <translation>密码须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>A password must not contain the username.</source>
        <translation>密码不能包含用户名。</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>该账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>Too many failed attempts: this account is locked until {until}.</source>
        <translation>密码错误次数过多，该账号已锁定至 {until}。</translation>
    </message>
    <message>
        <source>Wrong username or password. {left} attempts left before the account is locked.</source>
        <translation>用户名或密码错误。再输错 {left} 次，账号将被锁定。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>请设置与当前密码不同的新密码。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>The center has not been set up yet.</source>
        <translation>本中心尚未完成初始设置。</translation>
    </message>
    <message>
        <source>Two communities have the same code.</source>
        <translation>有两个社区的代码相同，请检查。</translation>
    </message>
    <message>
        <source>This center is already set up.</source>
        <translation>本中心已完成初始设置。</translation>
    </message>
    <message>
        <source>There is no list called {kind}.</source>
        <translation>不存在名为 {kind} 的字典。</translation>
    </message>
    <message>
        <source>This list already has an entry with that code or name.</source>
        <translation>该字典中已有相同代码或名称的字典项。</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>该字典项已不存在。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期，请重新选择。</translation>
    </message>
    <message>
        <source>Choose days, weeks or months.</source>
        <translation>请选择按日、按周或按月。</translation>
    </message>
    <message>
        <source>The trend would have {count} points; at most {maximum} can be shown. Choose weeks or months, or a shorter period.</source>
        <translation>趋势图将有 {count} 个数据点，最多只能显示 {maximum} 个。请改为按周或按月统计，或缩短期间。</translation>
    </message>
    <message>
        <source>{total} records are too many for one report (at most {limit}); choose a shorter period.</source>
        <translation>共 {total} 条记录，超出单份报告的上限（{limit} 条），请缩短时间范围。</translation>
    </message>
    <message>
        <source>A street code has 9 digits, or 12 digits ending in 000 (e.g. 410105001000).</source>
        <translation>街道代码应为 9 位数字，或以 000 结尾的 12 位数字（例如 410105001000）。</translation>
    </message>
    <message>
        <source>A community code has 12 digits (e.g. 410105001001).</source>
        <translation>社区代码应为 12 位数字（例如 410105001001）。</translation>
    </message>
    <message>
        <source>A community code must begin with its street&apos;s code {prefix}.</source>
        <translation>社区代码须以所属街道的代码 {prefix} 开头。</translation>
    </message>
    <message>
        <source>A community code cannot end in 000.</source>
        <translation>社区代码不能以 000 结尾。</translation>
    </message>
    <message>
        <source>A grid code is its community&apos;s 12-digit code followed by 2 or 3 digits.</source>
        <translation>网格代码应为所属社区的 12 位代码后加 2 或 3 位数字。</translation>
    </message>
    <message>
        <source>A grid code must begin with its community&apos;s code {prefix}.</source>
        <translation>网格代码须以所属社区的代码 {prefix} 开头。</translation>
    </message>
    <message>
        <source>The parent area no longer exists.</source>
        <translation>上级区域已不存在。</translation>
    </message>
    <message>
        <source>A grid cannot contain other areas.</source>
        <translation>网格下不能再添加其他区域。</translation>
    </message>
    <message>
        <source>The code {code} is already used.</source>
        <translation>代码 {code} 已被使用。</translation>
    </message>
    <message>
        <source>This area no longer exists.</source>
        <translation>该区域已不存在。</translation>
    </message>
    <message>
        <source>The center&apos;s own street cannot be deactivated.</source>
        <translation>不能停用本中心所在的街道。</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this ({permission}).</source>
        <translation>您的账号无权执行此操作（{permission}）。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Enter a time like 08:30.</source>
        <translation>请按 08:30 的格式输入时间。</translation>
    </message>
    <message>
        <source>Enter a number from {minimum} to {maximum}.</source>
        <translation>请输入 {minimum} 至 {maximum} 之间的数字。</translation>
    </message>
    <message>
        <source>The prefix is one letter from A to Z.</source>
        <translation>号码前缀应为 A 至 Z 中的一个字母。</translation>
    </message>
    <message>
        <source>Closing time must be after opening time.</source>
        <translation>停止取号时间须晚于开始取号时间。</translation>
    </message>
    <message>
        <source>Choose what serving a ticket of this service opens at the window.</source>
        <translation>请选择办理该业务的号时窗口打开哪个登记表。</translation>
    </message>
    <message>
        <source>The prefix {prefix} is already used by {name}.</source>
        <translation>前缀 {prefix} 已被“{name}”使用。</translation>
    </message>
    <message>
        <source>This service no longer exists.</source>
        <translation>该业务已不存在。</translation>
    </message>
    <message>
        <source>Choose at least one service for this window.</source>
        <translation>请为该窗口至少选择一项业务。</translation>
    </message>
    <message>
        <source>Window {number} already exists.</source>
        <translation>{number} 号窗口已存在。</translation>
    </message>
    <message>
        <source>This window no longer exists.</source>
        <translation>该窗口已不存在。</translation>
    </message>
    <message>
        <source>Enter a time as HH:MM, e.g. 12:30.</source>
        <translation>请按 HH:MM 格式输入时间，例如 12:30。</translation>
    </message>
    <message>
        <source>The format needs {seq} and may use {year} and {abbr}, e.g. ({year}){abbr}字第{seq:03d}号.</source>
        <translation>格式中须包含 {seq}，可使用 {year} 和 {abbr}，例如 ({year}){abbr}字第{seq:03d}号。</translation>
    </message>
    <message>
        <source>At most {maximum} characters.</source>
        <translation>最多可输入 {maximum} 个字。</translation>
    </message>
    <message>
        <source>This value is not one of the choices.</source>
        <translation>该值不在可选范围内，请重新选择。</translation>
    </message>
    <message>
        <source>The desk cannot write in this folder. Choose a folder this user may write to.</source>
        <translation>本系统无法写入此文件夹，请选择当前用户有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Enter the folder&apos;s full path.</source>
        <translation>请输入文件夹的完整路径。</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>这是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>Backups cannot go into the folder of the database itself: choose another folder, best on another drive.</source>
        <translation>备份不能存放在数据库所在的文件夹中，请另选文件夹，最好位于其他磁盘。</translation>
    </message>
    <message>
        <source>This setting cannot be changed here.</source>
        <translation>此设置不能在这里修改。</translation>
    </message>
    <message>
        <source>Enter the 18-character ID number.</source>
        <translation>请输入 18 位身份证号码。</translation>
    </message>
    <message>
        <source>An ID number has only digits and possibly a final X; remove &quot;{chars}&quot;.</source>
        <translation>身份证号码只能由数字组成，最后一位可以是 X；请删除“{chars}”。</translation>
    </message>
    <message>
        <source>This is a 15-digit first-generation ID number; those cards are no longer valid. Enter the 18-character number from the current ID card.</source>
        <translation>这是 15 位的第一代身份证号码，第一代身份证已停止使用。请输入现行身份证上的 18 位号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has {length}.</source>
        <translation>身份证号码应为 18 位，当前输入了 {length} 位。</translation>
    </message>
    <message>
        <source>Only the last character of an ID number may be X; the first 17 are digits.</source>
        <translation>身份证号码只有最后一位可以是 X，前 17 位均为数字。</translation>
    </message>
    <message>
        <source>The ID number starts with {area}, which is not a real area code; the first two digits should be a province code such as 41 for Henan.</source>
        <translation>身份证号码以 {area} 开头，这不是有效的地区代码；前两位应为省级代码，例如河南省为 41。</translation>
    </message>
    <message>
        <source>Characters 7 to 14 of an ID number are the birth date, but {digits} is not a real date.</source>
        <translation>身份证号码第 7 至 14 位为出生日期，但 {digits} 不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date in the ID number, {birth}, is before 1900; check the digits.</source>
        <translation>身份证号码中的出生日期 {birth} 早于 1900 年，请核对号码。</translation>
    </message>
    <message>
        <source>The birth date in the ID number, {birth}, is in the future; check the digits.</source>
        <translation>身份证号码中的出生日期 {birth} 晚于今天，请核对号码。</translation>
    </message>
    <message>
        <source>The last character of this ID number should be {expected}, not {actual}; a character was probably mistyped.</source>
        <translation>该身份证号码的最后一位（校验码）应为 {expected}，而不是 {actual}，可能有字符输错，请核对。</translation>
    </message>
    <message>
        <source>Enter the 18-character unified social credit code.</source>
        <translation>请输入 18 位统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has {length}.</source>
        <translation>统一社会信用代码应为 18 位，当前输入了 {length} 位。</translation>
    </message>
    <message>
        <source>A unified social credit code uses digits and capital letters except I, O, Z, S and V; correct &quot;{chars}&quot;.</source>
        <translation>统一社会信用代码由数字和大写字母组成（不含 I、O、Z、S、V），请更正“{chars}”。</translation>
    </message>
    <message>
        <source>A unified social credit code starts with a registration authority and an organisation type, such as 91 for a company; {prefix} is not one of them.</source>
        <translation>统一社会信用代码前两位为登记管理部门代码和机构类别代码（例如企业为 91），{prefix} 不是有效的组合。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 of a unified social credit code are a six-digit area code, not {area}.</source>
        <translation>统一社会信用代码第 3 至 8 位应为 6 位行政区划代码，{area} 不是有效的区划代码。</translation>
    </message>
    <message>
        <source>The last character of this credit code should be {expected}, not {actual}; a character was probably mistyped.</source>
        <translation>该统一社会信用代码的最后一位（校验码）应为 {expected}，而不是 {actual}，可能有字符输错，请核对。</translation>
    </message>
    <message>
        <source>Enter the 11-digit mobile number.</source>
        <translation>请输入 11 位手机号码。</translation>
    </message>
    <message>
        <source>A mobile number has only digits; remove &quot;{chars}&quot;.</source>
        <translation>手机号码只能由数字组成，请删除“{chars}”。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; this one has {length}.</source>
        <translation>手机号码应为 11 位，当前输入了 {length} 位。</translation>
    </message>
    <message>
        <source>A mobile number starts with 13 to 19, not {prefix}; enter a landline in the landline field.</source>
        <translation>手机号码应以 13 至 19 开头，而不是 {prefix}；固定电话请填写在固定电话一栏。</translation>
    </message>
    <message>
        <source>Enter a date, for example 2026-11-25.</source>
        <translation>请输入日期，例如 2026-11-25。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date; type year, month and day, for example 2026-11-25.</source>
        <translation>“{text}”不是日期，请按年、月、日输入，例如 2026-11-25。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a real date; check the month and the day.</source>
        <translation>“{text}”不是有效日期，请核对月份和日期。</translation>
    </message>
    <message>
        <source>This text may be at most {limit} characters long; it has {length}. Please shorten it.</source>
        <translation>此处最多可输入 {limit} 个字，当前为 {length} 个字，请精简。</translation>
    </message>
    <message>
        <source>Choose a month as YYYY-MM.</source>
        <translation>请按 YYYY-MM 格式选择月份。</translation>
    </message>
    <message>
        <source>{month} has not begun yet: a report covers a past month, or the current month up to today.</source>
        <translation>{month} 尚未开始：报表只能统计已过去的月份，或本月截至今天的数据。</translation>
    </message>
    <message>
        <source>{month} is before this center&apos;s records begin ({first}): choose {earliest} or a later month.</source>
        <translation>{month} 早于本中心记录的起始时间（{first}），请选择 {earliest} 或之后的月份。</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>无法写入文件：{reason}</translation>
    </message>
    <message>
        <source>The printer {name} set for these documents is not installed on this computer. Nothing was printed: use Other printer…, or change the printer in the settings.</source>
        <translation>为此类文书设置的打印机“{name}”未安装在本机上，未进行打印。请使用“其他打印机…”，或在设置中更改打印机。</translation>
    </message>
    <message>
        <source>The printer {name} is stopped or offline. Nothing was printed: choose another printer, or save the document as PDF.</source>
        <translation>打印机 {name} 已停止或离线，文书未打印。请换一台打印机，或将文书另存为 PDF。</translation>
    </message>
    <message>
        <source>The printer {name} is not available.</source>
        <translation>打印机“{name}”不可用。</translation>
    </message>
    <message>
        <source>Each line needs a code and a name.</source>
        <translation>每行须包含代码和名称。</translation>
    </message>
    <message>
        <source>The ticket printer {target} cannot be reached ({reason}). The ticket is kept: reprint it when the printer is back.</source>
        <translation>无法连接小票打印机 {target}（{reason}）。排队号已保留，请在打印机恢复后补打。</translation>
    </message>
    <message>
        <source>The ticket printer address {target} is not understood. Use tcp://host:9100, a device path such as /dev/usb/lp0, or a port such as COM3.</source>
        <translation>无法识别小票打印机地址 {target}。请填写 tcp://host:9100、设备路径（如 /dev/usb/lp0）或端口（如 COM3）。</translation>
    </message>
    <message>
        <source>The slot must end after it starts.</source>
        <translation>预约时段的结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>This service is not offered.</source>
        <translation>暂不提供该业务。</translation>
    </message>
    <message>
        <source>No appointment has the code {code}. Please check it or ask at the service desk.</source>
        <translation>未找到预约码为 {code} 的预约，请核对后重新输入，或到服务台咨询。</translation>
    </message>
    <message>
        <source>This appointment has already been checked in.</source>
        <translation>该预约已签到，无需重复签到。</translation>
    </message>
    <message>
        <source>This appointment is for {day}, not today.</source>
        <translation>您预约的是 {day}，不是今天。</translation>
    </message>
    <message>
        <source>Check-in for this appointment opens at {time}.</source>
        <translation>该预约 {time} 起方可签到，请您稍候。</translation>
    </message>
    <message>
        <source>Choose one of the five ratings.</source>
        <translation>请在五个评价等级中选择一项。</translation>
    </message>
    <message>
        <source>This ticket no longer exists.</source>
        <translation>该排队号已不存在。</translation>
    </message>
    <message>
        <source>A service can be rated once it is finished.</source>
        <translation>业务办结后才能评价。</translation>
    </message>
    <message>
        <source>This service has already been rated.</source>
        <translation>本次服务已评价。</translation>
    </message>
    <message>
        <source>Describe the follow-up: who contacted the visitor, the cause and what was changed.</source>
        <translation>请填写回访情况：由谁联系了办事群众、问题原因及整改措施。</translation>
    </message>
    <message>
        <source>This follow-up item no longer exists.</source>
        <translation>该整改回访事项已不存在。</translation>
    </message>
    <message>
        <source>This follow-up item is already closed.</source>
        <translation>该整改回访事项已办结。</translation>
    </message>
    <message>
        <source>Unknown reason for the priority lane.</source>
        <translation>未知的绿色通道事由。</translation>
    </message>
    <message>
        <source>{service} is closed now. Tickets are issued from {opens} to {closes}.</source>
        <translation>{service}当前不在取号时间，取号时间为 {opens} 至 {closes}。</translation>
    </message>
    <message>
        <source>All {cap} tickets for {service} have been issued today. Please come back tomorrow.</source>
        <translation>{service}今日 {cap} 个号已全部取完，请您明天再来。</translation>
    </message>
    <message>
        <source>Ticket {number} was just called by another window.</source>
        <translation>{number} 号刚刚已被其他窗口叫号。</translation>
    </message>
    <message>
        <source>Window {number} is paused. Resume it to call tickets.</source>
        <translation>{number} 号窗口已暂停，请先恢复窗口再叫号。</translation>
    </message>
    <message>
        <source>Finish {number} (or mark it no-show) before calling the next ticket.</source>
        <translation>请先办结 {number} 号（或标记为过号），再叫下一位。</translation>
    </message>
    <message>
        <source>There is no ticket {number} today.</source>
        <translation>今日没有 {number} 号。</translation>
    </message>
    <message>
        <source>Ticket {number} is not waiting.</source>
        <translation>{number} 号当前不在等候中。</translation>
    </message>
    <message>
        <source>Window {window} does not serve {service}: transfer the ticket instead.</source>
        <translation>{window} 号窗口不办理{service}，请改为转移该号。</translation>
    </message>
    <message>
        <source>No ticket is at this window for that step.</source>
        <translation>本窗口当前没有可进行此操作的排队号。</translation>
    </message>
    <message>
        <source>{number} has been called {count} times: mark it no-show.</source>
        <translation>{number} 号已呼叫 {count} 次，请标记为过号。</translation>
    </message>
    <message>
        <source>Call {number} {left} more time(s) before marking it no-show.</source>
        <translation>{number} 号还需再呼叫 {left} 次才能标记为过号。</translation>
    </message>
    <message>
        <source>Choose a service or a window to transfer to.</source>
        <translation>请选择要转至的业务或窗口。</translation>
    </message>
    <message>
        <source>Only today&apos;s no-show tickets can be reinstated.</source>
        <translation>只有今日过号的排队号才能重新排队。</translation>
    </message>
    <message>
        <source>Choose the party&apos;s role.</source>
        <translation>请选择当事人身份。</translation>
    </message>
    <message>
        <source>Enter the party&apos;s name.</source>
        <translation>请输入当事人姓名或名称。</translation>
    </message>
    <message>
        <source>Enter an 11-digit mobile number or a landline such as 0371-67881234.</source>
        <translation>请输入11位手机号码，或固定电话（如0371-67881234）。</translation>
    </message>
    <message>
        <source>Choose how the person asked (in person, phone, WeChat).</source>
        <translation>请选择咨询方式（现场、电话、微信）。</translation>
    </message>
    <message>
        <source>Choose what the question is about.</source>
        <translation>请选择咨询类别。</translation>
    </message>
    <message>
        <source>Enter the question in a few words.</source>
        <translation>请简要填写咨询问题。</translation>
    </message>
    <message>
        <source>Enter the advice given in a few words.</source>
        <translation>请简要填写解答意见。</translation>
    </message>
    <message>
        <source>Minutes spent must be between 1 and 480.</source>
        <translation>用时应在1至480分钟之间。</translation>
    </message>
    <message>
        <source>Choose where the person was referred.</source>
        <translation>请选择转介去向。</translation>
    </message>
    <message>
        <source>Enter the department the person was sent to.</source>
        <translation>请填写转介的部门。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name, or tick &quot;anonymous&quot; if they prefer not to say.</source>
        <translation>请填写咨询人姓名；如对方不愿透露，请勾选“匿名”。</translation>
    </message>
    <message>
        <source>The ID number belongs to a person of the other sex.</source>
        <translation>身份证号码与所选性别不符。</translation>
    </message>
    <message>
        <source>The queue ticket no longer exists.</source>
        <translation>该排队号已不存在。</translation>
    </message>
    <message>
        <source>This consultation has already been referred to mediation; the case carries on there.</source>
        <translation>该咨询已转人民调解，请在调解案件中继续办理。</translation>
    </message>
    <message>
        <source>Mediation needs to know who applies: record the person&apos;s name before referring to mediation.</source>
        <translation>人民调解须明确申请人：请先登记咨询人姓名再转调解。</translation>
    </message>
    <message>
        <source>Enter the other party of the dispute: mediation needs someone to mediate with.</source>
        <translation>请填写纠纷的另一方当事人：调解需要有被申请人。</translation>
    </message>
    <message>
        <source>This consultation no longer exists.</source>
        <translation>该咨询记录已不存在。</translation>
    </message>
    <message>
        <source>Enter the amount in yuan, e.g. 12000 or 3500.50.</source>
        <translation>请以元为单位输入金额，例如 12000 或 3500.50。</translation>
    </message>
    <message>
        <source>Choose where the case comes from.</source>
        <translation>请选择案件来源。</translation>
    </message>
    <message>
        <source>Describe the dispute in a sentence or two.</source>
        <translation>请用一两句话简述纠纷情况。</translation>
    </message>
    <message>
        <source>A dispute needs at least one applicant and one respondent.</source>
        <translation>每件纠纷须至少有一方申请人和一方被申请人。</translation>
    </message>
    <message>
        <source>Enter how many people are involved.</source>
        <translation>请输入涉及人数。</translation>
    </message>
    <message>
        <source>Choose the kind of dispute.</source>
        <translation>请选择纠纷类型。</translation>
    </message>
    <message>
        <source>The area no longer exists.</source>
        <translation>所选区域已不存在。</translation>
    </message>
    <message>
        <source>Mediation of this case has ended; its facts and parties can no longer be changed.</source>
        <translation>该案件调解已结束，案情和当事人信息不能再修改。</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>This case has no written mediation agreement.</source>
        <translation>本案没有书面调解协议。</translation>
    </message>
    <message>
        <source>The agreement cannot be printed: {items} missing.</source>
        <translation>调解协议书不能打印：缺少{items}。</translation>
    </message>
    <message>
        <source>Mediation of this case was not terminated.</source>
        <translation>本案未终止调解。</translation>
    </message>
    <message>
        <source>This case is archived and can no longer be changed; add an addendum instead.</source>
        <translation>该案件已归档，不能再修改；如需更正，请添加补充说明。</translation>
    </message>
    <message>
        <source>Mediation of this case has ended; its records can no longer be added to.</source>
        <translation>该案件调解已结束，不能再添加调解记录。</translation>
    </message>
    <message>
        <source>Choose an active mediator.</source>
        <translation>请选择一名在岗的调解员。</translation>
    </message>
    <message>
        <source>Choose investigation or mediation session.</source>
        <translation>请选择调查记录或调解笔录。</translation>
    </message>
    <message>
        <source>Choose whether it is planned or has been held.</source>
        <translation>请选择是计划安排还是已经进行。</translation>
    </message>
    <message>
        <source>Enter the date and time.</source>
        <translation>请填写日期和时间。</translation>
    </message>
    <message>
        <source>Enter who conducted it.</source>
        <translation>请填写调解（调查）人员。</translation>
    </message>
    <message>
        <source>Enter who attended.</source>
        <translation>请填写参加人员。</translation>
    </message>
    <message>
        <source>Write down what was said and done.</source>
        <translation>请填写记录内容。</translation>
    </message>
    <message>
        <source>A record that has been held cannot be dated in the future.</source>
        <translation>已进行的记录，时间不能晚于现在。</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>A record of something that took place cannot be deleted.</source>
        <translation>已进行的调查或调解记录不能删除。</translation>
    </message>
    <message>
        <source>The outcome of this case is already final.</source>
        <translation>该案件的调解结果已确定，不能再修改。</translation>
    </message>
    <message>
        <source>The performance deadline is before the case was received.</source>
        <translation>履行期限早于受理日期。</translation>
    </message>
    <message>
        <source>Write the agreement first.</source>
        <translation>请先填写调解协议内容。</translation>
    </message>
    <message>
        <source>Mark how each party signed.</source>
        <translation>请标明各方当事人的签署方式。</translation>
    </message>
    <message>
        <source>The agreement lacks items the law requires; complete it before it is signed.</source>
        <translation>调解协议缺少法定载明事项，请补全后再登记签署。</translation>
    </message>
    <message>
        <source>The signing date must lie between the day the case was received and today.</source>
        <translation>签署日期应在受理日期与今天之间。</translation>
    </message>
    <message>
        <source>Write down what the parties agreed.</source>
        <translation>请记录当事人达成的协议内容。</translation>
    </message>
    <message>
        <source>Choose why mediation ends.</source>
        <translation>请选择终止调解的原因。</translation>
    </message>
    <message>
        <source>Choose the party who refused or ended mediation.</source>
        <translation>请选择拒绝或要求终止调解的当事人。</translation>
    </message>
    <message>
        <source>Explain why mediation ends.</source>
        <translation>请说明终止调解的原因。</translation>
    </message>
    <message>
        <source>The date must lie between the day the case was received and today.</source>
        <translation>日期应在受理日期与今天之间。</translation>
    </message>
    <message>
        <source>Choose applied or not needed.</source>
        <translation>请选择已申请或无需申请。</translation>
    </message>
    <message>
        <source>Judicial confirmation applies to a written agreement that has taken effect.</source>
        <translation>司法确认只适用于已生效的书面调解协议。</translation>
    </message>
    <message>
        <source>The application date must lie between the day the agreement took effect and today.</source>
        <translation>申请日期应在协议生效日与今天之间。</translation>
    </message>
    <message>
        <source>Follow-ups check how an agreement is performed; this case has none.</source>
        <translation>回访是督促协议履行，该案件没有调解协议。</translation>
    </message>
    <message>
        <source>The follow-up date is before the agreement.</source>
        <translation>回访日期早于调解协议。</translation>
    </message>
    <message>
        <source>Choose how the follow-up was made.</source>
        <translation>请选择回访方式。</translation>
    </message>
    <message>
        <source>Choose how far the agreement is performed.</source>
        <translation>请选择协议履行情况。</translation>
    </message>
    <message>
        <source>Note what is still outstanding and what was done about it.</source>
        <translation>请记录尚未履行的内容及督促情况。</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>该回访已不存在。</translation>
    </message>
    <message>
        <source>Choose the retention period.</source>
        <translation>请选择保管期限。</translation>
    </message>
    <message>
        <source>Only a case whose mediation has ended can be archived.</source>
        <translation>只有调解已结束的案件才能归档。</translation>
    </message>
    <message>
        <source>The case file is not complete: {items}.</source>
        <translation>卷宗材料不齐全，缺少：{items}。</translation>
    </message>
    <message>
        <source>Write what is to be added or corrected.</source>
        <translation>请填写补充或更正的内容。</translation>
    </message>
    <message>
        <source>Addenda are for archived cases; change an open case directly.</source>
        <translation>补充说明用于已归档案件；未归档案件请直接修改。</translation>
    </message>
    <message>
        <source>A weekday is a working day already; only a weekend day can be marked as worked.</source>
        <translation>工作日本来就上班；只有周末才能设为调休上班。</translation>
    </message>
    <message>
        <source>A weekend day is a day off already; only a weekday can be marked as a holiday.</source>
        <translation>周末本来就休息；只有工作日才能设为节假日。</translation>
    </message>
    <message>
        <source>The desk does not know the official holidays of {year}; enter them day by day.</source>
        <translation>本系统没有 {year} 年的法定节假日安排，请逐日录入。</translation>
    </message>
    <message>
        <source>Only a referral just received can be accepted.</source>
        <translation>只有刚接收的移交纠纷才能签收。</translation>
    </message>
    <message>
        <source>Only a referral just received can be declined.</source>
        <translation>只有刚接收的移交纠纷才能不予受理。</translation>
    </message>
    <message>
        <source>Mediation can start only after the referral has been accepted.</source>
        <translation>移交纠纷签收后才能开始调解。</translation>
    </message>
    <message>
        <source>The result can be recorded only while the referral is being mediated.</source>
        <translation>只有正在调解的移交纠纷才能记录调解结果。</translation>
    </message>
    <message>
        <source>Feedback can be sent only once the mediation has a result.</source>
        <translation>调解有了结果后才能反馈。</translation>
    </message>
    <message>
        <source>Only a transfer awaiting the station&apos;s receipt can be acknowledged.</source>
        <translation>只有等待派出所签收的移送才能登记签收。</translation>
    </message>
    <message>
        <source>The police result can be recorded only after the station acknowledged the transfer.</source>
        <translation>派出所签收移送后才能记录公安处理结果。</translation>
    </message>
    <message>
        <source>Unknown origin of a hand-over.</source>
        <translation>无法识别的来源。</translation>
    </message>
    <message>
        <source>A referral with incident number {number} has been registered already.</source>
        <translation>警情编号为 {number} 的移交纠纷已经登记过。</translation>
    </message>
    <message>
        <source>Enter the police incident number.</source>
        <translation>请填写警情编号。</translation>
    </message>
    <message>
        <source>Enter the police station.</source>
        <translation>请填写派出所。</translation>
    </message>
    <message>
        <source>The letter&apos;s date must not be after the day it was received, nor that day after today.</source>
        <translation>移交函日期不能晚于接收日期，接收日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Enter at least one party.</source>
        <translation>请至少填写一名当事人。</translation>
    </message>
    <message>
        <source>Give the reason for declining the referral.</source>
        <translation>请填写不予受理的理由。</translation>
    </message>
    <message>
        <source>The mediation case has not ended yet: record the agreement or the termination first.</source>
        <translation>调解案件尚未结束：请先记录调解协议或终止调解。</translation>
    </message>
    <message>
        <source>The feedback date must lie between the result and today.</source>
        <translation>反馈日期应在得出结果之日与今天之间。</translation>
    </message>
    <message>
        <source>Explain why the dispute may turn into a public-order or criminal case.</source>
        <translation>请说明纠纷可能激化为治安案件或刑事案件的原因。</translation>
    </message>
    <message>
        <source>The materials can be changed only before the certificate is issued.</source>
        <translation>出具公证书之前才能修改材料。</translation>
    </message>
    <message>
        <source>The materials can be changed only before the application is forwarded.</source>
        <translation>转递公证处之前才能修改材料。</translation>
    </message>
    <message>
        <source>Only an application with complete materials can be forwarded to the notary office.</source>
        <translation>材料齐全的申请才能转递公证处。</translation>
    </message>
    <message>
        <source>The office can accept an application only after it has been forwarded.</source>
        <translation>申请转递后公证处才能受理。</translation>
    </message>
    <message>
        <source>A certificate can be recorded only for an application the office has accepted.</source>
        <translation>公证处受理后才能登记公证书。</translation>
    </message>
    <message>
        <source>Only an issued certificate can be made ready for pickup.</source>
        <translation>公证书出具后才能通知领取。</translation>
    </message>
    <message>
        <source>Only a certificate ready for pickup can be handed over.</source>
        <translation>公证书待领取时才能办理领取。</translation>
    </message>
    <message>
        <source>An application can be withdrawn only before it goes to the notary office.</source>
        <translation>转递公证处之前才能撤回申请。</translation>
    </message>
    <message>
        <source>The number of copies must be between 1 and 50.</source>
        <translation>公证书份数应在1至50份之间。</translation>
    </message>
    <message>
        <source>The day received cannot be in the future.</source>
        <translation>受理日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Choose the notary matter.</source>
        <translation>请选择公证事项。</translation>
    </message>
    <message>
        <source>For this matter enter what the certificate is for and the country where it will be used.</source>
        <translation>该事项须填写公证书用途和使用地（国家或地区）。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not on this matter&apos;s list of materials.</source>
        <translation>“{name}”不在该事项的材料清单中。</translation>
    </message>
    <message>
        <source>Unknown state of a material.</source>
        <translation>材料状态无效。</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name.</source>
        <translation>请填写申请人姓名。</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s ID number: the notary office identifies every applicant.</source>
        <translation>请填写申请人身份证号码：公证处须核实每位申请人身份。</translation>
    </message>
    <message>
        <source>Enter at least one applicant.</source>
        <translation>请至少填写一名申请人。</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s mobile number: the pickup notice is sent to it.</source>
        <translation>请填写申请人手机号码：领取通知将发送至此号码。</translation>
    </message>
    <message>
        <source>Choose the applications to forward.</source>
        <translation>请选择要转递的申请。</translation>
    </message>
    <message>
        <source>Enter the notary office.</source>
        <translation>请填写公证处名称。</translation>
    </message>
    <message>
        <source>{number} cannot be forwarded: only applications with complete materials go to the notary office.</source>
        <translation>{number}不能转递：只有材料齐全的申请才能转递公证处。</translation>
    </message>
    <message>
        <source>Enter who received the batch at the notary office.</source>
        <translation>请填写公证处的接收人。</translation>
    </message>
    <message>
        <source>Enter what the notary office asked the applicant to bring.</source>
        <translation>请填写公证处要求申请人补充的材料。</translation>
    </message>
    <message>
        <source>Enter the certificate number.</source>
        <translation>请填写公证书编号。</translation>
    </message>
    <message>
        <source>Enter who collected the certificate (after checking their ID card).</source>
        <translation>请填写领取人（核对其身份证后）。</translation>
    </message>
    <message>
        <source>Enter why the application is withdrawn.</source>
        <translation>请填写撤回原因。</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The date cannot be before the application was received.</source>
        <translation>该日期不能早于受理日期。</translation>
    </message>
    <message>
        <source>This case has been transferred to police already.</source>
        <translation>该案件已移送公安。</translation>
    </message>
    <message>
        <source>Write down what the police did.</source>
        <translation>请填写公安机关的处理情况。</translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation>该移交记录已不存在。</translation>
    </message>
    <message>
        <source>This letter does not fit the referral&apos;s present state.</source>
        <translation>该文书与移交纠纷的当前状态不符。</translation>
    </message>
    <message>
        <source>The work order has not been completed yet.</source>
        <translation>该工单尚未办结。</translation>
    </message>
    <message>
        <source>Only a newly assigned work order can be signed for.</source>
        <translation>只有新派发的工单才能签收。</translation>
    </message>
    <message>
        <source>Sign for the work order before recording how it is handled.</source>
        <translation>请先签收工单，再记录处置情况。</translation>
    </message>
    <message>
        <source>Only a work order signed for and not yet finished can be reported complete.</source>
        <translation>只有已签收且未办结的工单才能办结反馈。</translation>
    </message>
    <message>
        <source>A return can be asked only for an open work order.</source>
        <translation>只有未办结的工单才能申请退单。</translation>
    </message>
    <message>
        <source>No return of this work order is waiting for a decision.</source>
        <translation>该工单没有待审核的退单申请。</translation>
    </message>
    <message>
        <source>Enter the work order number.</source>
        <translation>请填写工单编号。</translation>
    </message>
    <message>
        <source>Choose where the work order comes from.</source>
        <translation>请选择工单来源。</translation>
    </message>
    <message>
        <source>Describe the matter in a sentence or two.</source>
        <translation>请用一两句话描述反映的问题。</translation>
    </message>
    <message>
        <source>The time limit ends before the order was assigned.</source>
        <translation>办理时限早于派单时间。</translation>
    </message>
    <message>
        <source>Work order {number} has been registered already.</source>
        <translation>工单 {number} 已经登记过。</translation>
    </message>
    <message>
        <source>Write down what was done.</source>
        <translation>请填写处置情况。</translation>
    </message>
    <message>
        <source>Give the reason for returning the work order.</source>
        <translation>请填写退单理由。</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>请填写延期理由。</translation>
    </message>
    <message>
        <source>An extension can be asked only for a work order being handled.</source>
        <translation>只有正在办理的工单才能申请延期。</translation>
    </message>
    <message>
        <source>An extension has been asked already.</source>
        <translation>已经申请过延期。</translation>
    </message>
    <message>
        <source>No extension of this work order is waiting for a decision.</source>
        <translation>该工单没有待审核的延期申请。</translation>
    </message>
    <message>
        <source>Describe how the matter was resolved.</source>
        <translation>请填写办理结果。</translation>
    </message>
    <message>
        <source>The date must lie between the day the order was assigned and today.</source>
        <translation>日期应在派单之日与今天之间。</translation>
    </message>
    <message>
        <source>This work order is closed.</source>
        <translation>该工单已结束。</translation>
    </message>
    <message>
        <source>This attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
    <message>
        <source>This kind of record cannot be linked.</source>
        <translation>不能关联此类记录。</translation>
    </message>
    <message>
        <source>This work order is linked to a record already.</source>
        <translation>该工单已关联记录。</translation>
    </message>
    <message>
        <source>This work order no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <source>An attachment must hold something and be at most {limit} MB.</source>
        <translation>附件不能为空，且不超过 {limit} MB。</translation>
    </message>
    <message>
        <source>Choose mine or theirs.</source>
        <translation>请选择保留本机或采用平台。</translation>
    </message>
    <message>
        <source>This item has been dealt with already.</source>
        <translation>这一项已经处理过了。</translation>
    </message>
    <message>
        <source>This record no longer exists on this desk.</source>
        <translation>本机上已没有这条记录。</translation>
    </message>
    <message>
        <source>This choice does not apply to this item.</source>
        <translation>这一项不能这样处理。</translation>
    </message>
    <message>
        <source>{path} is encrypted and its key is not in this computer&apos;s keyring (entry &quot;{service}&quot; / &quot;{account}&quot;), so it cannot be opened. Open it on the computer and user account that encrypted it. The file was left unchanged.</source>
        <translation>{path}已加密，但本机密钥环中没有它的密钥（条目“{service}” / “{account}”），无法打开。请在加密它的电脑和用户账户上打开。文件未作任何改动。</translation>
    </message>
    <message>
        <source>{path} is encrypted, but this computer has no usable password store (keyring) to take its key from, so it cannot be opened. Unlock or install the keyring that holds the key. The file was left unchanged.</source>
        <translation>{path}已加密，但本机没有可用的密钥环，无法取得密钥，因此无法打开。请解锁或安装保存该密钥的密钥环。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The encryption key in this computer&apos;s keyring does not open {path}: the key is wrong or the file is damaged. The file was left unchanged.</source>
        <translation>本机密钥环中的密钥无法打开{path}：密钥不对或文件已损坏。文件未作任何改动。</translation>
    </message>
    <message>
        <source>This computer has no usable password store (keyring), so the database cannot be encrypted: its key would have nowhere safe to live. The database was left as it is.</source>
        <translation>本机没有可用的密钥环，无法加密数据库：密钥没有安全的存放之处。数据库保持原样。</translation>
    </message>
    <message>
        <source>{path} is already encrypted.</source>
        <translation>{path}已经加密。</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>{path}处没有数据库。</translation>
    </message>
    <message>
        <source>{path} is in use by another program (is the desk still open?). Close it and try again; the database was left as it is.</source>
        <translation>{path}正被其他程序使用（本软件是否仍在运行？）。请关闭后重试；数据库保持原样。</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); it was not encrypted. Restore a backup first.</source>
        <translation>{path}已损坏（{detail}），未进行加密。请先从备份恢复。</translation>
    </message>
    <message>
        <source>{path} could not be encrypted ({detail}); the database was left as it is.</source>
        <translation>{path}加密失败（{detail}）；数据库保持原样。</translation>
    </message>
    <message>
        <source>The encrypted copy of {path} did not match the original ({detail}); the database was left as it is.</source>
        <translation>{path}的加密副本与原库不一致（{detail}）；数据库保持原样。</translation>
    </message>
    <message>
        <source>This notary application no longer exists.</source>
        <translation>该公证申请已不存在。</translation>
    </message>
    <message>
        <source>The application has been withdrawn: there is no receipt to print.</source>
        <translation>该申请已撤回，无回执可打印。</translation>
    </message>
    <message>
        <source>This batch no longer exists.</source>
        <translation>该批次已不存在。</translation>
    </message>
    <message>
        <source>A pickup notice can be printed only when the certificate is ready for pickup.</source>
        <translation>公证书待领取时才能打印领取通知。</translation>
    </message>
    <message>
        <source>Legal aid needs to know who applies: this consultation is anonymous. Record the person&apos;s name and ID number first.</source>
        <translation>法律援助须明确申请人：此次咨询为匿名咨询，请先登记咨询人的姓名和身份证号码。</translation>
    </message>
    <message>
        <source>This notary matter no longer exists.</source>
        <translation>该公证事项已不存在。</translation>
    </message>
    <message>
        <source>Enter a short code of letters and digits for the matter, e.g. QS.</source>
        <translation>请为该事项填写由字母和数字组成的简短代码，如QS。</translation>
    </message>
    <message>
        <source>Enter the name of the notary matter.</source>
        <translation>请填写公证事项名称。</translation>
    </message>
    <message>
        <source>The working days until the certificate is back must be between 1 and 120.</source>
        <translation>出证所需工作日应在1至120之间。</translation>
    </message>
    <message>
        <source>The material &quot;{name}&quot; is listed twice.</source>
        <translation>材料“{name}”重复列出。</translation>
    </message>
    <message>
        <source>List at least one required material (usually the applicant&apos;s ID card).</source>
        <translation>请至少列出一项必交材料（通常是申请人身份证）。</translation>
    </message>
    <message>
        <source>Another notary matter already has the code {code}.</source>
        <translation>已有其他公证事项使用代码{code}。</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be used ({reason}). Choose another folder; nothing was written.</source>
        <translation>备份文件夹 {folder} 无法使用（{reason}）。请另选文件夹；未写入任何备份。</translation>
    </message>
    <message>
        <source>The backup copy did not pass its check ({detail}), so it was not kept. The database itself may be damaged: ask the administrator to check it.</source>
        <translation>备份副本未通过校验（{detail}），未予保留。数据库本身可能已损坏，请联系管理员检查。</translation>
    </message>
    <message>
        <source>The backup could not be written ({reason}); nothing was kept.</source>
        <translation>备份失败（{reason}），未保留任何文件。</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database it copies.</source>
        <translation>备份不能覆盖其所备份的数据库。</translation>
    </message>
    <message>
        <source>A backup is being written right now; try again in a moment.</source>
        <translation>正在进行备份，请稍后再试。</translation>
    </message>
    <message>
        <source>{name} cannot be read as a desk database ({reason}).</source>
        <translation>无法将 {name} 作为本系统数据库读取（{reason}）。</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of the desk (schema {revision}); this version cannot open it. Install that version or newer first. Nothing was restored.</source>
        <translation>{name} 由较新版本的本系统生成（数据库版本 {revision}），当前版本无法打开。请先安装该版本或更新版本。未进行恢复。</translation>
    </message>
    <message>
        <source>The backup was not restored ({reason}). The database was left as it was.</source>
        <translation>未能从备份恢复（{reason}），数据库保持原样。</translation>
    </message>
</context>
<context>
    <name>FinalView</name>
    <message>
        <source>Print agreement…</source>
        <translation>打印调解协议书…</translation>
    </message>
    <message>
        <source>Print termination notice…</source>
        <translation>打印终止调解告知书…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>No outcome has been recorded yet.</source>
        <translation>尚未登记调解结果。</translation>
    </message>
    <message>
        <source>Draft: not in effect yet.</source>
        <translation>草稿：尚未生效。</translation>
    </message>
    <message>
        <source>Mediation ended on {date}.</source>
        <translation>已于 {date} 终止调解。</translation>
    </message>
    <message>
        <source>In effect since {date}.</source>
        <translation>自 {date} 起生效。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>Which party</source>
        <translation>哪一方当事人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Give each party the termination notice: it tells them of arbitration, administrative and judicial remedies (art. 26).</source>
        <translation>请将终止调解告知书交给各方当事人，告知其可以通过仲裁、行政、司法等途径维护权利（第二十六条）。</translation>
    </message>
    <message>
        <source>mediator: {state}</source>
        <translation>人民调解员：{state}</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未签</translation>
    </message>
    <message>
        <source>committee seal: {state}</source>
        <translation>调解委员会印章：{state}</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已加盖</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签署情况</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>尚缺</translation>
    </message>
</context>
<context>
    <name>FolderEdit</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record follow-up</source>
        <translation>登记整改回访</translation>
    </message>
    <message>
        <source>Ticket {number} · {rating} · due {due}</source>
        <translation>排队号 {number} · {rating} · 整改期限 {due}</translation>
    </message>
    <message>
        <source>Visitor&apos;s comment: {comment}</source>
        <translation>群众意见：{comment}</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>整改回访</translation>
    </message>
    <message>
        <source>Who contacted the visitor and when, the cause, and what was changed.</source>
        <translation>何人于何时联系了办事群众、问题原因及整改措施。</translation>
    </message>
    <message>
        <source>Close item</source>
        <translation>办结</translation>
    </message>
</context>
<context>
    <name>FollowUpRecordDialog</name>
    <message>
        <source>Record follow-up</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Follow-up due {date}</source>
        <translation>应于 {date} 回访</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>情况记录</translation>
    </message>
    <message>
        <source>Who was contacted and what they said; what is still outstanding and what was done about it.</source>
        <translation>回访了谁、对方怎么说；尚未履行的内容及采取的措施。</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Forward to the notary office</source>
        <translation>转递公证处</translation>
    </message>
    <message>
        <source>Forward {count} application(s) to {office}</source>
        <translation>将{count}件申请转递至{office}</translation>
    </message>
    <message>
        <source>(no notary office set)</source>
        <translation>（未设置公证处）</translation>
    </message>
    <message>
        <source>They go together as one batch with a transfer list (转递清单) for both sides to sign. The notary office is set under Center and settings.</source>
        <translation>这些申请作为一个批次一并转递，附双方签字的转递清单。公证处名称在“中心与设置”中设置。</translation>
    </message>
    <message>
        <source>{count} other selected application(s) are not ready to forward and stay at the center.</source>
        <translation>另有{count}件所选申请尚不能转递，留在中心。</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>转递</translation>
    </message>
</context>
<context>
    <name>ForwardModel</name>
    <message>
        <source>Number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>公证事项</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
</context>
<context>
    <name>GridDialog</name>
    <message>
        <source>Edit area</source>
        <translation>编辑区域</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>新增区域</translation>
    </message>
    <message>
        <source>Under: {name} ({code})</source>
        <translation>上级区域：{name}（{code}）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>The center&apos;s own street cannot be deactivated.</source>
        <translation>不能停用本中心所在的街道。</translation>
    </message>
    <message>
        <source>The code cannot be changed: records and the platform refer to it.</source>
        <translation>代码不能修改：业务记录和平台都引用了它。</translation>
    </message>
    <message>
        <source>12 digits beginning with the street&apos;s {prefix}, e.g. {example}.</source>
        <translation>12 位数字，以所属街道的 {prefix} 开头，例如 {example}。</translation>
    </message>
    <message>
        <source>The community&apos;s code {prefix} followed by 2 or 3 digits, e.g. {example}.</source>
        <translation>所属社区代码 {prefix} 后加 2 或 3 位数字，例如 {example}。</translation>
    </message>
</context>
<context>
    <name>GridTab</name>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Add area under selected…</source>
        <translation>在所选区域下新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Codes follow the statistical division codes: a street has 12 digits ending in 000 (e.g. 410105001000); a community has 12 digits beginning with its street&apos;s first 9 (e.g. 410105001001); a grid is its community&apos;s code followed by 2 or 3 digits (e.g. 41010500100101). Areas are deactivated, never deleted, so old records keep their place.</source>
        <translation>代码采用统计用区划代码：街道为以 000 结尾的 12 位数字（例如 410105001000）；社区为 12 位数字，前 9 位与所属街道相同（例如 410105001001）；网格为所属社区代码后加 2 或 3 位数字（例如 41010500100101）。区域只能停用、不能删除，以便历史记录保留其所属区域。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>HallDisplay</name>
    <message>
        <source>Window {n}  {name}</source>
        <translation>{n} 号窗口  {name}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <source>Waiting for the next call</source>
        <translation>等待叫号</translation>
    </message>
    <message>
        <source>Hall display</source>
        <translation>叫号大屏</translation>
    </message>
    <message>
        <source>Recently called</source>
        <translation>最近叫号</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>排队等候</translation>
    </message>
    <message>
        <source>{number}  →  window {window}</source>
        <translation>{number}  →  {window} 号窗口</translation>
    </message>
    <message>
        <source>{prefix} {name}: {count} waiting</source>
        <translation>{prefix} {name}：{count} 人等候</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>checked when written</source>
        <translation>写入时已校验</translation>
    </message>
    <message>
        <source>not checked by this desk</source>
        <translation>未经本机校验</translation>
    </message>
    <message>
        <source>Restoring the backup, please wait…</source>
        <translation>正在从备份恢复，请稍候…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>While the desk was working, its check of the database {name} found damage. Stop entering data: what is entered now may be lost. Restore the latest good backup, or quit and ask the administrator.</source>
        <translation>本系统运行期间检查数据库 {name} 时发现损坏。请停止录入数据：现在录入的内容可能丢失。请从最近一份完好的备份恢复，或退出程序并联系管理员。</translation>
    </message>
    <message>
        <source>The desk checked its database {name} before opening it and found it damaged, so it did not open it. Nothing in the file has been changed. A power cut or a failing disk is the usual cause. Restore the latest good backup to go on working; the damaged file is kept aside for a specialist.</source>
        <translation>本系统在打开数据库 {name} 前进行检查，发现文件已损坏，因此未打开。文件内容没有任何改动。这种情况通常由断电或硬盘故障引起。请从最近一份完好的备份恢复后继续工作；损坏的文件将另行保留，供技术人员处理。</translation>
    </message>
    <message>
        <source>What the check found: {detail}</source>
        <translation>检查结果：{detail}</translation>
    </message>
    <message>
        <source>Backups found (newest first):</source>
        <translation>找到的备份（最新的在前）：</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>从所选备份恢复</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>选择备份文件…</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>No backup was found in {folders}. If a backup is kept elsewhere (a USB drive, another computer), choose it with “Choose a backup file…”.</source>
        <translation>在 {folders} 中未找到备份。如备份保存在其他位置（U 盘、其他电脑），请点击“选择备份文件…”选择。</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>Desk databases and backups (*.db);;All files (*)</source>
        <translation>本系统数据库及备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>打开其他数据库</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>State or referral</source>
        <translation>状态或转介</translation>
    </message>
    <message>
        <source>Not referred</source>
        <translation>未转介</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
</context>
<context>
    <name>IntakeDetailPanel</name>
    <message>
        <source>Select an application to see it here.</source>
        <translation>选择一件申请即可在此查看。</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>办理进度</translation>
    </message>
    <message>
        <source>for {purpose}</source>
        <translation>用途：{purpose}</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n份</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Also asked for: {what}</source>
        <translation>另需：{what}</translation>
    </message>
    <message>
        <source>ticket {number}</source>
        <translation>排队号 {number}</translation>
    </message>
    <message>
        <source>{day} · kept until {until}</source>
        <translation>{day} · 保留至{until}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Expected back</source>
        <translation>预计出证</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>转递</translation>
    </message>
    <message>
        <source>Accepted by the office</source>
        <translation>公证处受理</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>出具公证书</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>待领取</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Take a number</source>
        <translation>自助取号</translation>
    </message>
    <message>
        <source>Touch a service to take a number</source>
        <translation>请点击您要办理的业务取号</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <source>Priority lane (elderly, disabled, pregnant)</source>
        <translation>绿色通道（老年人、残疾人、孕妇）</translation>
    </message>
    <message>
        <source>Appointment check-in</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的排队号</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>{n} 人等候</translation>
    </message>
    <message>
        <source>Closed now · tickets {opens}–{closes}</source>
        <translation>暂停取号 · 取号时间 {opens}–{closes}</translation>
    </message>
    <message>
        <source>Priority lane</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>{n} people ahead of you</source>
        <translation>您前面还有 {n} 人</translation>
    </message>
    <message>
        <source>The waiting time cannot be estimated yet</source>
        <translation>暂时无法估算等候时间</translation>
    </message>
    <message>
        <source>You will be called soon</source>
        <translation>即将叫到您，请留意叫号</translation>
    </message>
    <message>
        <source>about {m} minutes</source>
        <translation>预计等候约 {m} 分钟</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>正在为您打印排队小票…</translation>
    </message>
    <message>
        <source>Please take your ticket</source>
        <translation>请取走您的排队小票</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please remember your number, or ask at the service desk.</source>
        <translation>很抱歉，排队小票打印失败。请记住您的排队号，或到服务台咨询。</translation>
    </message>
</context>
<context>
    <name>LegalLabels</name>
    <message>
        <source>In person</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>No referral</source>
        <translation>未转介</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>法律援助</translation>
    </message>
    <message>
        <source>People&apos;s mediation</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>诉讼</translation>
    </message>
    <message>
        <source>Another department</source>
        <translation>其他部门</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>法律咨询</translation>
    </message>
    <message>
        <source>Notary application</source>
        <translation>公证申请</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>不打开</translation>
    </message>
    <message>
        <source>The consultation form</source>
        <translation>法律咨询登记</translation>
    </message>
    <message>
        <source>The notary intake</source>
        <translation>公证受理</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>LegalPrinting</name>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>This document cannot be printed on this desk yet.</source>
        <translation>本机暂时无法打印此文书。</translation>
    </message>
</context>
<context>
    <name>LegalSearchPage</name>
    <message>
        <source>Finds notary applications and consultations by name, phone, ID number or number, consultations also by words of the question. Double-click or press Enter to open one.</source>
        <translation>按姓名、电话、身份证号码或编号查找公证申请和法律咨询，法律咨询还可按问题中的词语查找。双击或按回车键打开。</translation>
    </message>
    <message>
        <source>Finds notary applications by name, phone, ID number, number or certificate number. Double-click or press Enter to open one.</source>
        <translation>按姓名、电话、身份证号码、受理编号或公证书编号查找公证申请。双击或按回车键打开。</translation>
    </message>
    <message>
        <source>Finds consultations by name, phone, ID number, number or words of the question. Double-click or press Enter to open one.</source>
        <translation>按姓名、电话、身份证号码、编号或问题中的词语查找法律咨询。双击或按回车键打开。</translation>
    </message>
    <message>
        <source>Search intakes and consultations</source>
        <translation>公证与咨询查询</translation>
    </message>
    <message>
        <source>Name, phone, ID number, GZ2026-0012, ZX2026-00012…</source>
        <translation>姓名、电话、身份证号码、GZ2026-0012、ZX2026-00012…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>{n} found, newest first.</source>
        <translation>找到{n}条，最新的在前。</translation>
    </message>
    <message>
        <source>Nothing found for “{term}”.</source>
        <translation>没有找到“{term}”。</translation>
    </message>
</context>
<context>
    <name>LinkageLabels</name>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Mediating</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>Mediation succeeded</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Failed, back to police</source>
        <translation>调解不成，退回公安</translation>
    </message>
    <message>
        <source>Feedback sent</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Transferred to police</source>
        <translation>已移送公安</translation>
    </message>
    <message>
        <source>Acknowledged by police</source>
        <translation>公安已签收</translation>
    </message>
    <message>
        <source>Concluded by police</source>
        <translation>公安已处理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>待签收</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处置中</translation>
    </message>
    <message>
        <source>Return asked</source>
        <translation>申请退单</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退单</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>From police</source>
        <translation>公安移交</translation>
    </message>
    <message>
        <source>To police (art. 25)</source>
        <translation>移送公安（第二十五条）</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸质</translation>
    </message>
    <message>
        <source>12345 hotline</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <source>Grid report</source>
        <translation>网格上报</translation>
    </message>
    <message>
        <source>110 non-emergency</source>
        <translation>110非警务警情</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Accept by</source>
        <translation>签收期限</translation>
    </message>
    <message>
        <source>Feedback by</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <source>Police receipt by</source>
        <translation>公安签收期限</translation>
    </message>
    <message>
        <source>Police result by</source>
        <translation>公安反馈期限</translation>
    </message>
    <message>
        <source>Sign by</source>
        <translation>签收期限</translation>
    </message>
    <message>
        <source>Complete by</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>extension asked</source>
        <translation>已申请延期</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>已延期</translation>
    </message>
    <message>
        <source>extension refused</source>
        <translation>延期未获准</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三人</translation>
    </message>
    <message>
        <source>overdue by {n} working day(s)</source>
        <translation>已逾期 {n} 个工作日</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>{n} working day(s) left</source>
        <translation>还有 {n} 个工作日</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>Grid and lists</source>
        <translation>网格与字典</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>字典</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <source>List</source>
        <translation>字典</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Show inactive entries</source>
        <translation>显示已停用的字典项</translation>
    </message>
    <message>
        <source>Entries are deactivated, never deleted, so records that use them stay readable. Entries from the platform may be replaced at the next sync.</source>
        <translation>字典项只能停用、不能删除，以保证引用它们的记录仍可正常查看。来自平台的字典项在下次同步时可能被替换。</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <source>Locked — {name} is signed in</source>
        <translation>已锁定 — 当前登录：{name}</translation>
    </message>
    <message>
        <source>The screen was locked to protect personal data. Enter your password to continue.</source>
        <translation>为保护个人信息，屏幕已锁定。请输入密码以继续。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Demo data: sign in as admin (or liuyang, sunli, wuhao …) with password demo1234.</source>
        <translation>演示数据：可用 admin（或 liuyang、sunli、wuhao…）登录，密码为 demo1234。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{center} — desk</source>
        <translation>{center} — desk</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>工作台(&amp;D)</translation>
    </message>
    <message>
        <source>Open the ticket kiosk</source>
        <translation>打开自助取号机</translation>
    </message>
    <message>
        <source>Open the hall display</source>
        <translation>打开叫号大屏</translation>
    </message>
    <message>
        <source>Open the rating screen for my window</source>
        <translation>打开本窗口好差评评价屏</translation>
    </message>
    <message>
        <source>Verify a printed document…</source>
        <translation>核验纸质文书…</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>User: {name} ({roles})</source>
        <translation>用户：{name}（{roles}）</translation>
    </message>
    <message>
        <source>Center: {center}</source>
        <translation>中心：{center}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>数据库：{name}</translation>
    </message>
</context>
<context>
    <name>MaterialsChecklist</name>
    <message>
        <source>Choose the matter to see the materials it needs.</source>
        <translation>选择公证事项后显示所需材料。</translation>
    </message>
</context>
<context>
    <name>MaterialsDialog</name>
    <message>
        <source>Materials of {number}</source>
        <translation>{number}的材料</translation>
    </message>
    <message>
        <source>{matter} · {applicants}. Mark what the applicant has brought; once every required material is here and nothing else is asked for, the application is ready to forward.</source>
        <translation>{matter} · {applicants}。请勾选申请人已交的材料；必交材料齐全且没有其他补充要求时，即可转递。</translation>
    </message>
    <message>
        <source>Other missing</source>
        <translation>其他尚缺</translation>
    </message>
    <message>
        <source>Anything else the applicant must bring, in words</source>
        <translation>申请人还须补交的其他材料</translation>
    </message>
</context>
<context>
    <name>MaterialsTable</name>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必交</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>添加材料</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>MatterDialog</name>
    <message>
        <source>New notary matter</source>
        <translation>新增公证事项</translation>
    </message>
    <message>
        <source>Edit notary matter</source>
        <translation>编辑公证事项</translation>
    </message>
    <message>
        <source>Applications already taken in keep the list of materials they were taken in with.</source>
        <translation>已受理的申请保留受理时的材料清单。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Letters and digits, e.g. QS</source>
        <translation>字母和数字，如QS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Working days until the certificate is usually back; the applicant is told</source>
        <translation>通常出证所需工作日，会告知申请人</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Used abroad: ask the purpose and the country of use</source>
        <translation>涉外使用：须填写用途和使用地</translation>
    </message>
    <message>
        <source>Active: offered when taking applications in</source>
        <translation>启用：受理时可选</translation>
    </message>
    <message>
        <source>Materials the applicant brings</source>
        <translation>申请人须提交的材料</translation>
    </message>
</context>
<context>
    <name>MattersModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Used abroad</source>
        <translation>涉外</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>{n} ({required} required): {names}</source>
        <translation>{n}项（必交{required}项）：{names}</translation>
    </message>
</context>
<context>
    <name>MediationFields</name>
    <message>
        <source>Other party</source>
        <translation>对方当事人</translation>
    </message>
    <message>
        <source>Name of the person or organisation</source>
        <translation>个人姓名或单位名称</translation>
    </message>
    <message>
        <source>Their phone</source>
        <translation>对方电话</translation>
    </message>
    <message>
        <source>Mobile number, if known</source>
        <translation>手机号码（如知道）</translation>
    </message>
    <message>
        <source>Their address</source>
        <translation>对方地址</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Kind of dispute</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>纠纷简要</translation>
    </message>
    <message>
        <source>Empty: the question asked is used</source>
        <translation>留空则使用咨询问题</translation>
    </message>
</context>
<context>
    <name>MediationReferralDialog</name>
    <message>
        <source>Refer to people&apos;s mediation</source>
        <translation>转人民调解</translation>
    </message>
    <message>
        <source>Saving the consultation registers a mediation case with {name} as the applicant. Who is the dispute with?</source>
        <translation>保存咨询时将以{name}为申请人登记调解案件。纠纷的另一方是谁？</translation>
    </message>
    <message>
        <source>Save and register the case</source>
        <translation>保存并登记案件</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong and nothing was changed. Details: {details}</source>
        <translation>操作出错，未做任何更改。详细信息：{details}</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>无法完成操作</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <source>Monthly statistics report</source>
        <translation>月度统计报表</translation>
    </message>
    <message>
        <source>People&apos;s mediation by dispute category, police referrals and work orders, notary intakes and consultations, the queue and the visitors&apos; ratings of one month. The current month is counted up to today. An area limits the mediation figures; the other figures are the whole center&apos;s.</source>
        <translation>统计一个月内分纠纷类型的人民调解、公调对接与平台工单、公证代办与法律咨询、排队叫号及群众好差评情况。本月数据统计至今天。所选区域只限定调解数据，其他数据均为全中心数据。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Whole center</source>
        <translation>全中心</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Preview PDF</source>
        <translation>预览 PDF</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Save Excel…</source>
        <translation>保存 Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报表保存为 PDF</translation>
    </message>
    <message>
        <source>Save the report as an Excel workbook</source>
        <translation>将报表保存为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Monthly report {month}</source>
        <translation>月度报表 {month}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Saved to {path} (verification code {code}).</source>
        <translation>已保存至 {path}（验证码 {code}）。</translation>
    </message>
</context>
<context>
    <name>MyAccountPage</name>
    <message>
        <source>My account</source>
        <translation>我的账号</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>当前登录账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
</context>
<context>
    <name>MyDeadlinesPage</name>
    <message>
        <source>Deadlines of the mediators</source>
        <translation>调解员期限提醒</translation>
    </message>
    <message>
        <source>My deadlines</source>
        <translation>我的期限提醒</translation>
    </message>
    <message>
        <source>Overdue first, then what is due within {days} days, then the next 30 days. Double-click or press Enter to open the case.</source>
        <translation>先列已逾期的，再列 {days} 天内到期的，然后是 30 天内的。双击或按回车键打开案件。</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部调解员</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Nothing is due in the next 30 days.</source>
        <translation>30 天内没有到期事项。</translation>
    </message>
    <message>
        <source>Overdue: {overdue}   Due soon: {soon}   Later: {later}</source>
        <translation>已逾期 {overdue} 项&#x3000;即将到期 {soon} 项&#x3000;以后 {later} 项</translation>
    </message>
</context>
<context>
    <name>NotaryCataloguePage</name>
    <message>
        <source>Notary matters</source>
        <translation>公证事项</translation>
    </message>
    <message>
        <source>The kinds of notarisation the point takes in, with the materials each needs; the intake screen builds its checklist from them. Matters are deactivated, never deleted. Double-click to edit.</source>
        <translation>代办点受理的公证事项及各自所需材料；受理界面据此生成材料清单。事项只停用、不删除。双击编辑。</translation>
    </message>
    <message>
        <source>New matter…</source>
        <translation>新增事项…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deactivate the matter</source>
        <translation>停用事项</translation>
    </message>
    <message>
        <source>Stop offering {name} when taking applications in? Applications already taken in are not changed.</source>
        <translation>受理时不再提供“{name}”？已受理的申请不受影响。</translation>
    </message>
</context>
<context>
    <name>NotaryIntakeDetailDialog</name>
    <message>
        <source>Notary application</source>
        <translation>公证申请</translation>
    </message>
    <message>
        <source>Notary application {number} · {state}</source>
        <translation>公证申请 {number} · {state}</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>公证事项</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Expected back</source>
        <translation>预计出证</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Country of use</source>
        <translation>使用地</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>尚缺材料</translation>
    </message>
    <message>
        <source>Taken in by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>转递日期</translation>
    </message>
    <message>
        <source>Accepted by the office</source>
        <translation>公证处受理</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>公证书</translation>
    </message>
    <message>
        <source>Keep for pickup until</source>
        <translation>保留待领至</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>领取</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>撤回原因</translation>
    </message>
</context>
<context>
    <name>NotaryIntakePage</name>
    <message>
        <source>Notary intake</source>
        <translation>公证受理</translation>
    </message>
    <message>
        <source>Take an application in for the notary office: the matter, who applies and what they brought. Tab moves from material to material, the arrow keys choose. Ctrl+S saves.</source>
        <translation>为公证处代收申请：公证事项、申请人及所交材料。Tab键在材料之间移动，方向键选择。Ctrl+S保存。</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Detach ticket</source>
        <translation>取消关联排队号</translation>
    </message>
    <message>
        <source>This application does not belong to the ticket being served</source>
        <translation>此申请与正在办理的排队号无关</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>打印受理回执</translation>
    </message>
    <message>
        <source>The intake receipt lists what was received and what is missing</source>
        <translation>受理回执列明已收和尚缺的材料</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Notary matter</source>
        <translation>公证事项</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>What the certificate is for, e.g. study, visiting family</source>
        <translation>公证书用途，如留学、探亲</translation>
    </message>
    <message>
        <source>Country of use</source>
        <translation>使用地</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>All originals received</source>
        <translation>原件全部收到</translation>
    </message>
    <message>
        <source>Materials not checked yet</source>
        <translation>材料暂未核对</translation>
    </message>
    <message>
        <source>Take the application in now and check the materials later (it stays &quot;received&quot;)</source>
        <translation>先受理申请，稍后核对材料（状态保持“材料未核对”）</translation>
    </message>
    <message>
        <source>Other missing</source>
        <translation>其他尚缺</translation>
    </message>
    <message>
        <source>Anything else the applicant must bring, in words</source>
        <translation>申请人还须补交的其他材料</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose the matter…</source>
        <translation>请选择公证事项…</translation>
    </message>
    <message>
        <source>Ticket {number} is not attached: save or clear the form, then open it again from the calling page.</source>
        <translation>排队号{number}未关联：请先保存或清空表单，再从叫号页面重新打开。</translation>
    </message>
    <message>
        <source>Unsaved application</source>
        <translation>申请未保存</translation>
    </message>
    <message>
        <source>The form holds an application that was not saved. Empty it for ticket {number}?</source>
        <translation>表单中有尚未保存的申请。要清空表单以办理{number}号吗？</translation>
    </message>
    <message>
        <source>Ticket {number}</source>
        <translation>排队号 {number}</translation>
    </message>
    <message>
        <source>Application {number} taken in · {state}. The form is ready for the next applicant.</source>
        <translation>申请{number}已受理 · {state}。可以接待下一位申请人。</translation>
    </message>
</context>
<context>
    <name>NotaryIntakesModel</name>
    <message>
        <source>Number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>公证事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Expected back</source>
        <translation>预计出证</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>尚缺</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Past the expected day: ask the notary office</source>
        <translation>已超过预计出证日期：请询问公证处</translation>
    </message>
</context>
<context>
    <name>NotaryLabels</name>
    <message>
        <source>Materials not checked</source>
        <translation>材料未核对</translation>
    </message>
    <message>
        <source>Materials incomplete</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>Ready to forward</source>
        <translation>待转递</translation>
    </message>
    <message>
        <source>Forwarded to the office</source>
        <translation>已转递公证处</translation>
    </message>
    <message>
        <source>Accepted by the office</source>
        <translation>公证处已受理</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>已出证</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>待领取</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>Not brought: the applicant must bring it later</source>
        <translation>未提交：申请人须补交</translation>
    </message>
    <message>
        <source>The original was received</source>
        <translation>已收原件</translation>
    </message>
    <message>
        <source>A copy was kept and the original handed back</source>
        <translation>留存复印件，原件已退还</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必交</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选交</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部在办</translation>
    </message>
    <message>
        <source>Materials to complete</source>
        <translation>待补正材料</translation>
    </message>
    <message>
        <source>At the notary office</source>
        <translation>在公证处办理中</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>NotaryListPage</name>
    <message>
        <source>Notary applications</source>
        <translation>公证代办</translation>
    </message>
    <message>
        <source>Applications taken in for the notary office. Select several ready ones (Ctrl or Shift + click) to forward them together; ID numbers and phones stay masked unless shown on purpose.</source>
        <translation>为公证处代收的申请。可按住Ctrl或Shift多选待转递的申请一并转递；身份证号码和电话默认隐去部分。</translation>
    </message>
    <message>
        <source>Applications taken in for the notary office; ID numbers and phones stay masked unless shown on purpose.</source>
        <translation>为公证处代收的申请；身份证号码和电话默认隐去部分。</translation>
    </message>
    <message>
        <source>Number, applicant&apos;s name or mobile, certificate number</source>
        <translation>受理编号、申请人姓名或手机、公证书编号</translation>
    </message>
    <message>
        <source>Forward selected…</source>
        <translation>转递所选…</translation>
    </message>
    <message>
        <source>Forward the selected applications that are ready, as one batch</source>
        <translation>将所选待转递的申请作为一个批次转递</translation>
    </message>
    <message>
        <source>Batches…</source>
        <translation>转递批次…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Materials brought…</source>
        <translation>补交材料…</translation>
    </message>
    <message>
        <source>Office accepted…</source>
        <translation>公证处受理…</translation>
    </message>
    <message>
        <source>Office asks for more…</source>
        <translation>公证处要求补充…</translation>
    </message>
    <message>
        <source>Certificate issued…</source>
        <translation>已出证…</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>通知领取</translation>
    </message>
    <message>
        <source>Collected…</source>
        <translation>领取…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>打印受理回执</translation>
    </message>
    <message>
        <source>Print pickup notice</source>
        <translation>打印领取通知</translation>
    </message>
    <message>
        <source>Newest {n} shown: narrow the search</source>
        <translation>仅显示最新{n}条：请缩小查询范围</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n件申请</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide ID numbers</source>
        <translation>隐藏身份证号码</translation>
    </message>
    <message>
        <source>Show ID numbers</source>
        <translation>显示身份证号码</translation>
    </message>
    <message>
        <source>Shows the full ID numbers and phones; the viewing is recorded in the audit trail</source>
        <translation>显示完整的身份证号码和电话；查看记录将写入审计日志</translation>
    </message>
    <message>
        <source>The notary office accepted</source>
        <translation>公证处已受理</translation>
    </message>
    <message>
        <source>The office took the application on; note its reference number when it gave one.</source>
        <translation>公证处已受理申请；如有受理号请登记。</translation>
    </message>
    <message>
        <source>Office reference no.</source>
        <translation>公证处受理号</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>The notary office asks for more</source>
        <translation>公证处要求补充材料</translation>
    </message>
    <message>
        <source>The application comes back to complete its materials: tell the applicant what to bring.</source>
        <translation>申请退回补正：请告知申请人需补交的材料。</translation>
    </message>
    <message>
        <source>What is asked for</source>
        <translation>需补充的内容</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>已出具公证书</translation>
    </message>
    <message>
        <source>The notary office issued the certificate.</source>
        <translation>公证处已出具公证书。</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>公证书编号</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>出证日期</translation>
    </message>
    <message>
        <source>{number} is ready for pickup. Print the pickup notice now?</source>
        <translation>{number}可以领取了。现在打印领取通知吗？</translation>
    </message>
    <message>
        <source>Certificate collected</source>
        <translation>公证书领取</translation>
    </message>
    <message>
        <source>Check the ID card of whoever collects the certificate (an agent brings a letter of authorisation).</source>
        <translation>请核对领取人的身份证（代领须持授权委托书）。</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>领取日期</translation>
    </message>
    <message>
        <source>Withdraw the application</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>Withdraw {number}? It will not go to the notary office; this cannot be undone.</source>
        <translation>撤回{number}？申请将不再转递公证处，且无法恢复。</translation>
    </message>
    <message>
        <source>The applicant no longer wants it, before it goes to the notary office. Hand back what they brought.</source>
        <translation>申请人在转递公证处之前不再办理。请退还其所交材料。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>已转递</translation>
    </message>
    <message>
        <source>Batch {batch} with {count} application(s) is forwarded to {office}. Print the transfer list now?</source>
        <translation>批次{batch}共{count}件申请已转递{office}。现在打印转递清单吗？</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Tick to set a date</source>
        <translation>勾选后可填写日期</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未定</translation>
    </message>
</context>
<context>
    <name>OralPanel</name>
    <message>
        <source>Oral agreement</source>
        <translation>口头调解协议</translation>
    </message>
    <message>
        <source>For a simple dispute settled on the spot the parties may agree orally; the mediator records what was agreed (art. 28).</source>
        <translation>简单纠纷当场调解成功的，当事人可以达成口头协议，由人民调解员记录协议内容（第二十八条）。</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>How performed</source>
        <translation>履行方式</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>达成日期</translation>
    </message>
    <message>
        <source>Record the oral agreement…</source>
        <translation>登记口头协议…</translation>
    </message>
    <message>
        <source>Record the oral agreement? The case is then closed as agreed and its outcome can no longer be changed.</source>
        <translation>登记口头调解协议？登记后案件以达成协议结案，调解结果不能再更改。</translation>
    </message>
</context>
<context>
    <name>PartyBox</name>
    <message>
        <source>Kind</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Optional, 11-digit mobile</source>
        <translation>选填，11 位手机号码</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Optional, 18 characters</source>
        <translation>选填，18 位</translation>
    </message>
</context>
<context>
    <name>PartyForm</name>
    <message>
        <source>18 characters; sex and birth date follow from it</source>
        <translation>18 位，将据此自动识别性别和出生日期</translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation>11 位手机号码</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>PartyTabs</name>
    <message>
        <source>Add party</source>
        <translation>添加当事人</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>移除当事人</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Document {id} · verification code {code}</source>
        <translation>文书编号 {id} · 验证码 {code}</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Other printer…</source>
        <translation>其他打印机…</translation>
    </message>
    <message>
        <source>Prints on {name}</source>
        <translation>使用 {name} 打印</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>默认打印机</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Rendering pages…</source>
        <translation>正在生成页面…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
</context>
<context>
    <name>PrinterBox</name>
    <message>
        <source>Ask each time (print dialog)</source>
        <translation>每次询问（打开打印对话框）</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <source>{name} (not installed)</source>
        <translation>{name}（未安装）</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>The center</source>
        <translation>中心信息</translation>
    </message>
    <message>
        <source>How the center and its mediation committee are named on documents.</source>
        <translation>本中心及其人民调解委员会在文书上使用的名称。</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <source>e.g. 经八路街道综治中心</source>
        <translation>例如：经八路街道综治中心</translation>
    </message>
    <message>
        <source>Mediation committee</source>
        <translation>人民调解委员会</translation>
    </message>
    <message>
        <source>e.g. 经八路街道人民调解委员会</source>
        <translation>例如：经八路街道人民调解委员会</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>QueueConfigPage</name>
    <message>
        <source>Queue set-up</source>
        <translation>排队叫号设置</translation>
    </message>
    <message>
        <source>Each service has a letter: its tickets are numbered A001, A002 … and start again every day. Services and windows are deactivated, never deleted, so today&apos;s tickets and past figures keep them.</source>
        <translation>每项业务对应一个字母：其排队号依次编为 A001、A002…，每天重新编号。业务和窗口只能停用、不能删除，以便当日排队号和历史统计数据仍可对应。</translation>
    </message>
    <message>
        <source>New service…</source>
        <translation>新增业务…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>New window…</source>
        <translation>新增窗口…</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
</context>
<context>
    <name>QueueFigures</name>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>{n}%</source>
        <translation>{n}%</translation>
    </message>
</context>
<context>
    <name>QueueFiguresPage</name>
    <message>
        <source>Queue today</source>
        <translation>今日排队</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Your account cannot see the queue figures.</source>
        <translation>您的账号无权查看排队统计数据。</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>当前等候</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>今日办结</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>过号率</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>按业务</translation>
    </message>
    <message>
        <source>By window</source>
        <translation>按窗口</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>登记整改回访…</translation>
    </message>
    <message>
        <source>Follow-ups of bad ratings</source>
        <translation>差评整改回访</translation>
    </message>
    <message>
        <source>Ratings today</source>
        <translation>今日好差评</translation>
    </message>
    <message>
        <source>{day} · updated {time}</source>
        <translation>{day} · 更新于 {time}</translation>
    </message>
    <message>
        <source>{count} ratings today</source>
        <translation>今日共 {count} 条评价</translation>
    </message>
</context>
<context>
    <name>QueueServiceDialog</name>
    <message>
        <source>New service</source>
        <translation>新增业务</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>编辑业务</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>号码前缀</translation>
    </message>
    <message>
        <source>One letter, e.g. A</source>
        <translation>一个字母，例如 A</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>每日限号</translation>
    </message>
    <message>
        <source>Issuing opens at</source>
        <translation>开始取号时间</translation>
    </message>
    <message>
        <source>Issuing closes at</source>
        <translation>停止取号时间</translation>
    </message>
    <message>
        <source>Default minutes per visitor</source>
        <translation>默认每人办理时长（分钟）</translation>
    </message>
    <message>
        <source>Used to estimate waiting times until enough visitors have been served today.</source>
        <translation>当日办结人数较少时，用于估算等候时间。</translation>
    </message>
    <message>
        <source>Serving a ticket opens</source>
        <translation>办理时打开</translation>
    </message>
    <message>
        <source>When a window starts serving a ticket of this service, this form opens with the ticket attached (for staff who may use it).</source>
        <translation>窗口开始办理该业务的号时，自动打开此登记表并关联排队号（仅限有权使用的工作人员）。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Only active services are offered at the kiosk and the reception desk.</source>
        <translation>只有启用的业务才会在自助取号机和服务台提供。</translation>
    </message>
</context>
<context>
    <name>QueueServicesModel</name>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>每日限号</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>取号时间</translation>
    </message>
    <message>
        <source>Default minutes</source>
        <translation>默认时长（分钟）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Serving opens</source>
        <translation>办理时打开</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>QueueWindowDialog</name>
    <message>
        <source>New window</source>
        <translation>新增窗口</translation>
    </message>
    <message>
        <source>Edit window</source>
        <translation>编辑窗口</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>{service} (inactive)</source>
        <translation>{service}（已停用）</translation>
    </message>
    <message>
        <source>Set up a service first.</source>
        <translation>请先新增业务。</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>办理业务</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Only active windows can call tickets and appear on the hall display.</source>
        <translation>只有启用的窗口才能叫号并显示在叫号大屏上。</translation>
    </message>
</context>
<context>
    <name>QueueWindowsModel</name>
    <message>
        <source>Number</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>办理业务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>服务中</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Rate our service</source>
        <translation>服务评价</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <source>How satisfied are you with this service?</source>
        <translation>您对本次服务满意吗？</translation>
    </message>
    <message>
        <source>We are sorry. What went wrong? (optional)</source>
        <translation>非常抱歉！请告诉我们哪里做得不好（选填）</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Thank you for your rating!</source>
        <translation>感谢您的评价！</translation>
    </message>
    <message>
        <source>Ticket {number}</source>
        <translation>排队号 {number}</translation>
    </message>
    <message>
        <source>Your rating: {level}. The center head reads every answer and will follow it up.</source>
        <translation>您的评价：{level}。中心负责人会逐条查看并跟进整改。</translation>
    </message>
    <message>
        <source>Your rating goes to the center head, who will follow it up.</source>
        <translation>您的评价将直接送达中心负责人，并由其跟进处理。</translation>
    </message>
</context>
<context>
    <name>RatingWindow</name>
    <message>
        <source>Rate our service</source>
        <translation>服务评价</translation>
    </message>
    <message>
        <source>Window {n} {name}</source>
        <translation>{n} 号窗口 {name}</translation>
    </message>
    <message>
        <source>Thank you for visiting</source>
        <translation>感谢您前来办事</translation>
    </message>
    <message>
        <source>After your service you can rate it here.</source>
        <translation>业务办理完成后，请您在此对我们的服务进行评价。</translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
</context>
<context>
    <name>RectificationsModel</name>
    <message>
        <source>Ticket</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>群众意见</translation>
    </message>
    <message>
        <source>Rated at {time}</source>
        <translation>评价时间：{time}</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Refer consultation {number}</source>
        <translation>转介咨询 {number}</translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation>转介至</translation>
    </message>
    <message>
        <source>Department, court or centre</source>
        <translation>部门、法院或中心</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The mediation case</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <source>Required: the department the person was sent to</source>
        <translation>必填：转介的部门</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
</context>
<context>
    <name>ReferralDetailDialog</name>
    <message>
        <source>Police referral</source>
        <translation>公调对接</translation>
    </message>
    <message>
        <source>{direction}: {incident} · {state}</source>
        <translation>{direction}：{incident} · {state}</translation>
    </message>
    <message>
        <source>No deadline running.</source>
        <translation>无进行中的期限。</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Letter dated</source>
        <translation>移交日期</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>纠纷概要</translation>
    </message>
    <message>
        <source>Police opinion</source>
        <translation>公安处理意见</translation>
    </message>
    <message>
        <source>Why transferred</source>
        <translation>移送原因</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>accept / receipt by {ack}, feedback by {feedback}</source>
        <translation>签收期限 {ack}，反馈期限 {feedback}</translation>
    </message>
    <message>
        <source>Mediation case</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>不予受理理由</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Feedback sent</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Accept and register the case</source>
        <translation>签收并登记案件</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>不予受理…</translation>
    </message>
    <message>
        <source>Mediation started</source>
        <translation>开始调解</translation>
    </message>
    <message>
        <source>Record the case&apos;s result</source>
        <translation>记录案件调解结果</translation>
    </message>
    <message>
        <source>Result letter sent</source>
        <translation>已寄送结果反馈函</translation>
    </message>
    <message>
        <source>Return letter sent</source>
        <translation>已寄送退回函</translation>
    </message>
    <message>
        <source>Police acknowledged…</source>
        <translation>公安已签收…</translation>
    </message>
    <message>
        <source>Police result…</source>
        <translation>公安处理结果…</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>打印接收回执</translation>
    </message>
    <message>
        <source>Print transfer letter</source>
        <translation>打印移送公安函</translation>
    </message>
    <message>
        <source>Print result letter</source>
        <translation>打印调解结果反馈函</translation>
    </message>
    <message>
        <source>Print return letter</source>
        <translation>打印退回公安函</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Kind of dispute</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Why is it not suitable for mediation?</source>
        <translation>为什么不宜调解？</translation>
    </message>
    <message>
        <source>How was it sent (letter, platform…)?</source>
        <translation>反馈方式（书面函件、平台等）</translation>
    </message>
    <message>
        <source>Police acknowledged</source>
        <translation>公安已签收</translation>
    </message>
    <message>
        <source>Incident number given by the police (if any)</source>
        <translation>公安给出的警情编号（如有）</translation>
    </message>
    <message>
        <source>Police result</source>
        <translation>公安处理结果</translation>
    </message>
    <message>
        <source>What did the police do?</source>
        <translation>公安机关如何处理？</translation>
    </message>
</context>
<context>
    <name>ReferralFormDialog</name>
    <message>
        <source>Register a police referral from the paper letter</source>
        <translation>登记纸质移交函</translation>
    </message>
    <message>
        <source>Incident number</source>
        <translation>警情编号</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>移交民警</translation>
    </message>
    <message>
        <source>Officer&apos;s phone</source>
        <translation>民警电话</translation>
    </message>
    <message>
        <source>Letter dated</source>
        <translation>移交日期</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>(decide when accepting)</source>
        <translation>（签收时确定）</translation>
    </message>
    <message>
        <source>Kind of dispute</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>发生地点</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>纠纷概要</translation>
    </message>
    <message>
        <source>Police opinion</source>
        <translation>公安处理意见</translation>
    </message>
    <message>
        <source>Parties (name, phone, ID number, address)</source>
        <translation>当事人（姓名、电话、身份证号码、住址）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
</context>
<context>
    <name>ReferralListPage</name>
    <message>
        <source>Police referrals</source>
        <translation>公调对接</translation>
    </message>
    <message>
        <source>Disputes handed over by police stations, and cases sent to police because they may escalate (art. 25). Red: overdue; yellow: due soon. Double-click or press Enter to open one.</source>
        <translation>派出所移交的纠纷，以及因可能激化而移送公安的案件（人民调解法第二十五条）。红色：已逾期；黄色：即将到期。双击或按回车键打开。</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>只看未结</translation>
    </message>
    <message>
        <source>Register a paper letter…</source>
        <translation>登记纸质移交函…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Overdue: {overdue}   Due soon: {soon}</source>
        <translation>已逾期：{overdue}   即将到期：{soon}</translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Incident number</source>
        <translation>警情编号</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore {name}?</source>
        <translation>确定从 {name} 恢复吗？</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>备份中</translation>
    </message>
    <message>
        <source>In the database now</source>
        <translation>当前数据库中</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>数据库版本</translation>
    </message>
    <message>
        <source>Newest case received</source>
        <translation>最近受理案件日期</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>正在读取备份…</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>从此备份恢复</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Restoring replaces the whole database with this backup: everything entered or changed after {time} is lost. The current database is kept aside as a file beside it. The desk then closes its windows and everyone signs in again. Close the desk on every other computer that uses this database first.</source>
        <translation>恢复将用此备份替换整个数据库：{time} 之后录入或修改的内容将全部丢失。当前数据库会另存为同一文件夹中的一个文件。随后本系统将关闭所有窗口，所有人员需重新登录。请先在使用此数据库的其他电脑上关闭本系统。</translation>
    </message>
    <message>
        <source>The backup was written by an older version; it is brought up to date when it opens.</source>
        <translation>此备份由较早版本生成，打开时将自动升级。</translation>
    </message>
    <message>
        <source>I understand that what was entered after {time} will be lost</source>
        <translation>我已知悉 {time} 之后录入的内容将会丢失</translation>
    </message>
    <message>
        <source>This backup was written by a newer version of the desk (schema {revision}); this version cannot open it. Install that version or newer first.</source>
        <translation>此备份由较新版本的本系统生成（数据库版本 {revision}），当前版本无法打开。请先安装该版本或更新版本。</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored: {detail}</source>
        <translation>此备份已损坏，无法恢复：{detail}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>无法从此文件恢复：{reason}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Reception clerk</source>
        <translation>窗口工作人员</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <source>Duty lawyer</source>
        <translation>值班律师</translation>
    </message>
    <message>
        <source>Notary clerk</source>
        <translation>公证代办员</translation>
    </message>
    <message>
        <source>Center head</source>
        <translation>中心负责人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule a follow-up</source>
        <translation>安排回访</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>回访日期</translation>
    </message>
</context>
<context>
    <name>ServiceFiguresModel</name>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Avg wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <source>Avg service</source>
        <translation>平均办理</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Lock the screen after this many idle minutes</source>
        <translation>无操作多少分钟后锁定屏幕</translation>
    </message>
    <message>
        <source>Failed sign-ins before an account is locked</source>
        <translation>登录失败多少次后锁定账号</translation>
    </message>
    <message>
        <source>Minutes an account stays locked</source>
        <translation>账号锁定时长（分钟）</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Calls before a ticket may be marked no-show</source>
        <translation>呼叫多少次后可标记过号</translation>
    </message>
    <message>
        <source>Appointment check-in opens this many minutes early</source>
        <translation>预约可提前多少分钟签到</translation>
    </message>
    <message>
        <source>Minutes late an appointment still keeps its priority</source>
        <translation>预约迟到多少分钟内仍可优先</translation>
    </message>
    <message>
        <source>Announce calls by voice</source>
        <translation>语音播报叫号</translation>
    </message>
    <message>
        <source>Notice line on the hall display</source>
        <translation>叫号大屏公告</translation>
    </message>
    <message>
        <source>Ticket printer (empty: system printer; tcp://host:9100 or a device for ESC/POS)</source>
        <translation>排队小票打印机（留空则使用系统打印机；ESC/POS 打印机填写 tcp://host:9100 或设备路径）</translation>
    </message>
    <message>
        <source>Case number abbreviation of the committee (e.g. 金调)</source>
        <translation>案号中的调委会简称（例如：金调）</translation>
    </message>
    <message>
        <source>Case number format ({year}, {abbr}, {seq:03d})</source>
        <translation>案号格式（{year} 为年份，{abbr} 为简称，{seq:03d} 为序号）</translation>
    </message>
    <message>
        <source>People involved from which a dispute counts as a mass dispute</source>
        <translation>涉及人数达到多少人时视为群体性纠纷</translation>
    </message>
    <message>
        <source>Days a case may stay open before it is flagged</source>
        <translation>案件超过多少天未结即提示</translation>
    </message>
    <message>
        <source>Follow-up due this many days after an agreement without a deadline</source>
        <translation>协议未定履行期限时，达成后多少天回访</translation>
    </message>
    <message>
        <source>Days ahead a deadline counts as due soon</source>
        <translation>提前多少天提示即将到期</translation>
    </message>
    <message>
        <source>Working days to accept or decline a police referral</source>
        <translation>公安移交纠纷签收期限（工作日）</translation>
    </message>
    <message>
        <source>Working days to send the result of a police referral back</source>
        <translation>公安移交纠纷结果反馈期限（工作日）</translation>
    </message>
    <message>
        <source>Working days to sign for a work order</source>
        <translation>工单签收期限（工作日）</translation>
    </message>
    <message>
        <source>Working days to complete a work order when the platform sets no limit</source>
        <translation>平台未设时限时的工单办理期限（工作日）</translation>
    </message>
    <message>
        <source>Working days ahead a hand-over counts as due soon</source>
        <translation>提前多少个工作日提示即将到期</translation>
    </message>
    <message>
        <source>Notary office the intakes are forwarded to</source>
        <translation>代办申请转递的公证处</translation>
    </message>
    <message>
        <source>Days a ready certificate is kept for pickup</source>
        <translation>公证书待领取保留天数</translation>
    </message>
    <message>
        <source>CA certificate file for a platform with a private CA (empty: system CAs)</source>
        <translation>平台使用私有 CA 时的 CA 证书文件（留空：使用系统证书）</translation>
    </message>
    <message>
        <source>Seconds between automatic syncs with the platform</source>
        <translation>与平台自动同步的间隔（秒）</translation>
    </message>
    <message>
        <source>System printer for tickets when no ESC/POS printer is set (empty: the default printer)</source>
        <translation>未设置 ESC/POS 打印机时用于打印排队小票的系统打印机（留空则使用默认打印机）</translation>
    </message>
    <message>
        <source>Printer for agreements, applications, records and case files</source>
        <translation>协议书、申请书、笔录及卷宗打印机</translation>
    </message>
    <message>
        <source>Printer for notices and letters</source>
        <translation>通知书及函件打印机</translation>
    </message>
    <message>
        <source>Printer for receipts</source>
        <translation>回执打印机</translation>
    </message>
    <message>
        <source>Printer for reports and day lists</source>
        <translation>报表及台账打印机</translation>
    </message>
    <message>
        <source>Back up the database every day</source>
        <translation>每天备份数据库</translation>
    </message>
    <message>
        <source>Backup folder (empty: a backups folder beside the database)</source>
        <translation>备份文件夹（留空则使用数据库所在文件夹下的 backups 文件夹）</translation>
    </message>
    <message>
        <source>Time of the daily backup (HH:MM)</source>
        <translation>每日备份时间（HH:MM）</translation>
    </message>
    <message>
        <source>Days backups are kept</source>
        <translation>备份保留天数</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何修改。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Center and settings</source>
        <translation>中心与设置</translation>
    </message>
    <message>
        <source>Each tab is saved on its own. Settings apply at once, except where the tab says otherwise.</source>
        <translation>各标签页分别保存。除标签页中另有说明外，设置保存后立即生效。</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>排队叫号</translation>
    </message>
    <message>
        <source>Cases and notary</source>
        <translation>案件与公证</translation>
    </message>
    <message>
        <source>Deadline rules</source>
        <translation>期限规则</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>More settings</source>
        <translation>更多设置</translation>
    </message>
    <message>
        <source>Open {page}</source>
        <translation>打开{page}</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>A new language applies when the desk is started again.</source>
        <translation>更改的界面语言在重新启动本系统后生效。</translation>
    </message>
    <message>
        <source>Reception queue</source>
        <translation>大厅排队叫号</translation>
    </message>
    <message>
        <source>Voice and the notice apply to hall displays opened after saving.</source>
        <translation>语音播报和公告对保存后打开的叫号大屏生效。</translation>
    </message>
    <message>
        <source>Services, windows and ticket numbering:</source>
        <translation>排队业务、窗口及号码规则：</translation>
    </message>
    <message>
        <source>Mediation cases</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <source>Numbers given already stay as they are.</source>
        <translation>已编发的案号保持不变。</translation>
    </message>
    <message>
        <source>Notary agency</source>
        <translation>公证代办</translation>
    </message>
    <message>
        <source>People&apos;s mediation</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <source>Police referrals and work orders</source>
        <translation>公调对接与平台工单</translation>
    </message>
    <message>
        <source>A referral&apos;s or work order&apos;s due dates are worked out when it arrives: new limits apply to those arriving after saving. Lists of open cases use them at once.</source>
        <translation>移交纠纷和工单的期限在接收时即已确定：新的期限只适用于保存后接收的事项。未结案件列表立即按新规则显示。</translation>
    </message>
    <message>
        <source>Sign-in and screen lock</source>
        <translation>登录与锁屏</translation>
    </message>
    <message>
        <source>The screen lock time applies at once, on this desk&apos;s open window too.</source>
        <translation>锁屏时间立即生效，本机当前打开的窗口同样适用。</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>A copy of the database each day at the time set, kept for the days set. Choose a folder on another drive or a network share: a copy on the same disk is lost with it. An encrypted database gives encrypted copies.</source>
        <translation>每天在设定时间复制一份数据库，按设定天数保留。请选择其他磁盘或网络共享上的文件夹：备份与数据库在同一磁盘上，磁盘损坏时会一并丢失。加密数据库的备份同样加密。</translation>
    </message>
    <message>
        <source>Connecting this desk to the platform and the sync settings are on the Platform sync page.</source>
        <translation>本机接入平台及同步设置请在“平台同步”页面操作。</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>平台地址</translation>
    </message>
    <message>
        <source>Center on the platform</source>
        <translation>平台上的中心</translation>
    </message>
    <message>
        <source>Name of this desk</source>
        <translation>本机名称</translation>
    </message>
    <message>
        <source>Certificate of a private CA</source>
        <translation>私有 CA 证书</translation>
    </message>
    <message>
        <source>Seconds between syncs</source>
        <translation>同步间隔（秒）</translation>
    </message>
    <message>
        <source>Not connected: this desk works offline</source>
        <translation>未接入：本机离线工作</translation>
    </message>
    <message>
        <source>none (the system&apos;s certificates)</source>
        <translation>无（使用系统证书）</translation>
    </message>
    <message>
        <source>Public holidays and worked weekend days: deadlines in working days are counted on this calendar.</source>
        <translation>法定节假日和调休上班日：以工作日计算的期限均按此日历计算。</translation>
    </message>
    <message>
        <source>The services of the queue (letters, daily limits, hours) and the windows that serve them.</source>
        <translation>排队业务（号码前缀、每日限号、取号时间）及办理这些业务的窗口。</translation>
    </message>
    <message>
        <source>The grid (communities and grid cells) and the dictionaries the forms offer.</source>
        <translation>网格（社区和网格单元）以及各登记表使用的字典。</translation>
    </message>
    <message>
        <source>The notary matters offered at intake, with their documents.</source>
        <translation>受理时可选的公证事项及其所需材料。</translation>
    </message>
    <message>
        <source>Staff accounts, their roles and passwords.</source>
        <translation>工作人员账号及其角色和密码。</translation>
    </message>
    <message>
        <source>Backups made so far, a backup now, and restoring one.</source>
        <translation>查看已有备份、立即备份，以及从备份恢复。</translation>
    </message>
    <message>
        <source>Platform address, connecting this desk (enrollment), the certificate of a private CA and the time between syncs.</source>
        <translation>平台地址、本机接入（注册）、私有 CA 证书以及同步间隔。</translation>
    </message>
    <message>
        <source>Every change, each setting included: who changed what, and when.</source>
        <translation>所有修改记录（包括设置的修改）：何人于何时修改了什么。</translation>
    </message>
    <message>
        <source>Other pages with settings</source>
        <translation>其他设置页面</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up this center</source>
        <translation>中心初始设置</translation>
    </message>
    <message>
        <source>Create the center</source>
        <translation>创建中心</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nothing else opens until the center is set up.</source>
        <translation>完成中心初始设置后才能使用其他功能。</translation>
    </message>
    <message>
        <source>Encrypt the database on this computer (the key is kept in the system keyring)</source>
        <translation>加密本机数据库（密钥保存在系统密钥环中）</translation>
    </message>
    <message>
        <source>The database and its backups can then only be opened with this computer&apos;s keyring entry.</source>
        <translation>加密后，数据库及其备份只能凭本机密钥环中的密钥打开。</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <source>Work-order supervision</source>
        <translation>工单督办</translation>
    </message>
    <message>
        <source>Overdue and due-soon orders as of today; returns, completions and the on-time rate of the period.</source>
        <translation>截至今天已逾期和即将到期的工单；所选期间的退单、办结和按期办结率。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退单</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按期办结率</translation>
    </message>
    <message>
        <source>Referrals received / accepted / succeeded</source>
        <translation>公安移交 接收 / 受理 / 调解成功</translation>
    </message>
    <message>
        <source>Average working days to feedback</source>
        <translation>平均反馈用时（工作日）</translation>
    </message>
    <message>
        <source>Returns asked or granted</source>
        <translation>申请或已退单</translation>
    </message>
    <message>
        <source>{rate:.1f}% ({on_time} of {completed})</source>
        <translation>{rate:.1f}%（{completed} 件中 {on_time} 件）</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Sync failed.</source>
        <translation>同步失败。</translation>
    </message>
    <message>
        <source>The platform cannot be reached; changes wait in the outbox and go when it is back.</source>
        <translation>无法连接平台；修改会保存在本机，待平台恢复后自动发送。</translation>
    </message>
    <message>
        <source>The platform sent an answer this desk does not understand; nothing was changed.</source>
        <translation>平台返回了本机无法识别的应答，未做任何更改。</translation>
    </message>
    <message>
        <source>This desk is not enrolled with the platform (or its token was revoked).</source>
        <translation>本机未接入平台（或接入凭证已被吊销）。</translation>
    </message>
    <message>
        <source>The platform refused: this desk&apos;s roles do not allow it.</source>
        <translation>平台拒绝：本机的角色无权进行此操作。</translation>
    </message>
    <message>
        <source>The platform needs a newer version of this program. Nothing is lost: changes wait in the outbox until the upgrade.</source>
        <translation>平台要求使用本程序的新版本。数据不会丢失：修改会保存在本机，升级后再发送。</translation>
    </message>
    <message>
        <source>The platform asked for a full resync.</source>
        <translation>平台要求重新完整同步。</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate is not trusted. If it uses a private CA, set the CA certificate file in the sync settings.</source>
        <translation>平台的证书不受信任。如果平台使用单位自建的证书颁发机构（CA），请在同步设置中选择该 CA 证书文件。</translation>
    </message>
    <message>
        <source>The platform found that this desk&apos;s audit trail was changed after it was anchored. Tell the center head; the platform has recorded it.</source>
        <translation>平台发现本机的审计日志在上次锚定之后被改动过。请告知中心负责人；平台已记录此情况。</translation>
    </message>
    <message>
        <source>Use an https:// address for the platform (plain http only to this computer).</source>
        <translation>平台地址请使用 https://（http 只能用于本机地址）。</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring); the platform token cannot be kept safely, so sync stays off. Install or unlock one.</source>
        <translation>这台电脑没有可用的密码库（keyring），无法安全保存平台凭证，因此不能同步。请安装或解锁密码库。</translation>
    </message>
    <message>
        <source>Another sync of this desk is running; try again in a moment.</source>
        <translation>本机正在进行另一次同步，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>SyncAttentionModel</name>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Here: {mine} · Platform: {theirs}</source>
        <translation>本机：{mine} · 平台：{theirs}</translation>
    </message>
    <message>
        <source>Double-click to choose which value to keep.</source>
        <translation>双击选择保留哪一方的内容。</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Mediation case</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <source>Police referral</source>
        <translation>警情移交</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>双方都有修改</translation>
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation>平台拒绝</translation>
    </message>
    <message>
        <source>Could not be taken in</source>
        <translation>无法接收</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>案情摘要</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dispute category</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Grid area</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Amount involved</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Mass dispute</source>
        <translation>群体性纠纷</translation>
    </message>
    <message>
        <source>Risk of escalation</source>
        <translation>激化风险</translation>
    </message>
    <message>
        <source>Escalation note</source>
        <translation>激化风险说明</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Incident number</source>
        <translation>警情编号</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Officer&apos;s phone</source>
        <translation>民警电话</translation>
    </message>
    <message>
        <source>Police opinion</source>
        <translation>公安意见</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>不受理理由</translation>
    </message>
    <message>
        <source>Kind of matter</source>
        <translation>诉求类别</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation>反映人电话</translation>
    </message>
    <message>
        <source>Working days allowed</source>
        <translation>办理时限（工作日）</translation>
    </message>
    <message>
        <source>Reason for return</source>
        <translation>退回理由</translation>
    </message>
    <message>
        <source>Extension (days)</source>
        <translation>延期天数</translation>
    </message>
    <message>
        <source>Reason for extension</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Handling notes</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>The platform does not allow this change of status.</source>
        <translation>平台不允许这一状态变更。</translation>
    </message>
    <message>
        <source>This desk&apos;s roles may not change this record on the platform.</source>
        <translation>本机的角色无权在平台上修改这条记录。</translation>
    </message>
    <message>
        <source>The platform found the data incomplete or wrong.</source>
        <translation>平台认为数据不完整或有误。</translation>
    </message>
    <message>
        <source>The platform had this change already with other content.</source>
        <translation>平台已收到过这次修改，但内容不一致。</translation>
    </message>
    <message>
        <source>The record was withdrawn on the platform.</source>
        <translation>这条记录已在平台上撤销。</translation>
    </message>
    <message>
        <source>The platform does not keep this kind of record.</source>
        <translation>平台不接收这类记录。</translation>
    </message>
    <message>
        <source>The platform withdrew this record while this desk still has changes to it.</source>
        <translation>平台撤销了这条记录，而本机还有未发送的修改。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>{amount} yuan</source>
        <translation>{amount} 元</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Platform sync</source>
        <translation>平台同步</translation>
    </message>
    <message>
        <source>Everything is saved on this desk first and sent to the platform in the background; the platform&apos;s changes come back the same way. Working offline loses nothing.</source>
        <translation>所有内容先保存在本机，再在后台发送到平台；平台上的修改也同样自动取回。断网时照常工作，数据不会丢失。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>平台地址</translation>
    </message>
    <message>
        <source>Center on the platform</source>
        <translation>平台上的中心</translation>
    </message>
    <message>
        <source>Name of this desk</source>
        <translation>本机名称</translation>
    </message>
    <message>
        <source>Password store</source>
        <translation>密码库</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>上次成功同步</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>上次尝试</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>最近的问题</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Not connected: this desk works offline</source>
        <translation>未接入：本机离线工作</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>正在检查……</translation>
    </message>
    <message>
        <source>never</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{count} changes</source>
        <translation>{count} 项修改</translation>
    </message>
    <message>
        <source>{name} (unusable: sync cannot keep its token)</source>
        <translation>{name}（不可用：无法保存同步凭证）</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步……</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received.</source>
        <translation>同步完成：发送 {sent} 项，接收 {received} 项。</translation>
    </message>
    <message>
        <source>{count} need attention below.</source>
        <translation>另有 {count} 项需要处理，见下方。</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>没有需要处理的事项。</translation>
    </message>
    <message>
        <source>Choose a value…</source>
        <translation>选择保留的内容……</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Staff who edit these records (mediators) settle them here.</source>
        <translation>这些事项由能修改相应记录的工作人员（调解员）在此处理。</translation>
    </message>
    <message>
        <source>Ignore this item?</source>
        <translation>忽略这一项？</translation>
    </message>
    <message>
        <source>The platform keeps its version and this desk&apos;s change is not sent again.</source>
        <translation>平台保留它的版本，本机的这次修改不再发送。</translation>
    </message>
</context>
<context>
    <name>SyncSettingsBox</name>
    <message>
        <source>Sync settings</source>
        <translation>同步设置</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s certificates</source>
        <translation>留空：使用系统证书</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择……</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Certificate of a private CA</source>
        <translation>私有 CA 证书</translation>
    </message>
    <message>
        <source>Seconds between syncs</source>
        <translation>同步间隔</translation>
    </message>
    <message>
        <source>Save sync settings</source>
        <translation>保存同步设置</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>这个路径下没有文件。</translation>
    </message>
    <message>
        <source>Saved; the next sync uses these settings.</source>
        <translation>已保存，下次同步起生效。</translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message>
        <source>Sync: …</source>
        <translation>同步：……</translation>
    </message>
    <message>
        <source>Not connected to the platform</source>
        <translation>未接入平台</translation>
    </message>
    <message>
        <source>Sync: {count} need attention</source>
        <translation>同步：需处理 {count} 项</translation>
    </message>
    <message>
        <source>{count} waiting to send</source>
        <translation>待发送 {count}</translation>
    </message>
    <message>
        <source>Sync: syncing…</source>
        <translation>同步：正在同步……</translation>
    </message>
    <message>
        <source>Sync: offline, {count} waiting to send</source>
        <translation>同步：离线，{count} 项待发送</translation>
    </message>
    <message>
        <source>Sync: offline</source>
        <translation>同步：离线</translation>
    </message>
    <message>
        <source>Sync: not working, see the sync page</source>
        <translation>同步：未能完成，请查看同步页面</translation>
    </message>
    <message>
        <source>Sync: waiting for the first round</source>
        <translation>同步：等待首次同步</translation>
    </message>
    <message>
        <source>Sync: OK</source>
        <translation>同步：正常</translation>
    </message>
    <message>
        <source>last {time}</source>
        <translation>上次 {time}</translation>
    </message>
    <message>
        <source>This desk works offline. The administrator can connect it on the sync page.</source>
        <translation>本机离线工作。管理员可在“平台同步”页面接入平台。</translation>
    </message>
    <message>
        <source>Platform: {url}</source>
        <translation>平台：{url}</translation>
    </message>
    <message>
        <source>Last successful sync: {time}</source>
        <translation>上次成功同步：{time}</translation>
    </message>
    <message>
        <source>Waiting to send: {count}</source>
        <translation>待发送：{count}</translation>
    </message>
    <message>
        <source>Needing attention: {count}</source>
        <translation>需处理：{count}</translation>
    </message>
    <message>
        <source>Last problem: {text}</source>
        <translation>最近的问题：{text}</translation>
    </message>
    <message>
        <source>Click to open the sync page.</source>
        <translation>点击打开“平台同步”页面。</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <source>No printer is set up for tickets: set a default system printer, or an ESC/POS ticket printer in the settings.</source>
        <translation>尚未设置排队小票打印机：请设置系统默认打印机，或在设置中配置 ESC/POS 小票打印机。</translation>
    </message>
    <message>
        <source>The ticket printer {name} is stopped or offline. Nothing was sent.</source>
        <translation>小票打印机 {name} 已停止或离线，未发送打印任务。</translation>
    </message>
    <message>
        <source>The ticket could not be prepared for printing.</source>
        <translation>无法生成排队小票的打印内容。</translation>
    </message>
    <message>
        <source>The ticket printer {name} is not available.</source>
        <translation>小票打印机“{name}”不可用。</translation>
    </message>
</context>
<context>
    <name>TicketPrinterForm</name>
    <message>
        <source>Queue tickets</source>
        <translation>排队小票</translation>
    </message>
    <message>
        <source>The kiosk prints each ticket at once. A thermal receipt printer is fastest over ESC/POS; any other printer gets an 80 mm page.</source>
        <translation>自助取号机取号后立即打印小票。热敏小票打印机采用 ESC/POS 方式打印最快；其他打印机按 80 毫米宽的页面打印。</translation>
    </message>
    <message>
        <source>A system printer</source>
        <translation>系统打印机</translation>
    </message>
    <message>
        <source>An ESC/POS receipt printer</source>
        <translation>ESC/POS 小票打印机</translation>
    </message>
    <message>
        <source>Enter the receipt printer&apos;s address.</source>
        <translation>请填写小票打印机地址。</translation>
    </message>
</context>
<context>
    <name>TileRow</name>
    <message>
        <source>Waiting now</source>
        <translation>当前等候</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>今日办结</translation>
    </message>
    <message>
        <source>Avg. wait today</source>
        <translation>今日平均等候</translation>
    </message>
    <message>
        <source>Average wait today, from arrival to the first call</source>
        <translation>今日平均等候时间，从取号到首次叫号</translation>
    </message>
    <message>
        <source>Max. wait today</source>
        <translation>今日最长等候</translation>
    </message>
    <message>
        <source>Longest wait today, including people still waiting</source>
        <translation>今日最长等候时间，包括仍在等候的群众</translation>
    </message>
    <message>
        <source>No-shows today</source>
        <translation>今日过号</translation>
    </message>
    <message>
        <source>Settled locally</source>
        <translation>就地化解率</translation>
    </message>
    <message>
        <source>Small matters stay in the village, big ones in the town: of the matters concluded in the period, the share settled at street or community level.</source>
        <translation>小事不出村，大事不出镇：本期办结的事项中，在街道或社区层面化解的比例。</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按期办结率</translation>
    </message>
    <message>
        <source>Police referral results and work orders concluded in the period within their deadline.</source>
        <translation>本期办结的公安移交纠纷结果反馈和平台工单中，在期限内完成的比例。</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Share of satisfied and very satisfied ratings in the period (whole center).</source>
        <translation>本期“满意”和“非常满意”评价所占比例（全中心）。</translation>
    </message>
    <message>
        <source>Click to open the queue figures</source>
        <translation>点击打开今日排队统计</translation>
    </message>
    <message>
        <source>Click to open the work-order list</source>
        <translation>点击打开工单列表</translation>
    </message>
    <message>
        <source>Not shown to your account</source>
        <translation>您的账号无权查看</translation>
    </message>
    <message>
        <source>{n} ticket(s) issued today</source>
        <translation>今日已取号 {n} 个</translation>
    </message>
    <message>
        <source>{share} of tickets issued</source>
        <translation>占取号数 {share}</translation>
    </message>
    <message>
        <source>{here} of {all} concluded</source>
        <translation>已办结 {all} 件，就地化解 {here} 件</translation>
    </message>
    <message>
        <source>Referrals {a}/{b} · orders {c}/{d}</source>
        <translation>移交纠纷 {a}/{b} · 工单 {c}/{d}</translation>
    </message>
    <message numerus="yes">
        <source>%n open work order(s) overdue now</source>
        <translation>
            <numerusform>当前逾期未办结工单 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>共 %n 条评价</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer the ticket</source>
        <translation>转移排队号</translation>
    </message>
    <message>
        <source>Same service</source>
        <translation>业务不变</translation>
    </message>
    <message>
        <source>Any window</source>
        <translation>不指定窗口</translation>
    </message>
    <message>
        <source>Window {n} {name}</source>
        <translation>{n} 号窗口 {name}</translation>
    </message>
    <message>
        <source>To service</source>
        <translation>转至业务</translation>
    </message>
    <message>
        <source>To window</source>
        <translation>转至窗口</translation>
    </message>
    <message>
        <source>The visitor keeps their place by the time they first arrived.</source>
        <translation>办事群众按首次到达时间保留排队顺序。</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>{name}: {total} in all</source>
        <translation>{name}：共 {total}</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a printed document</source>
        <translation>核验纸质文书</translation>
    </message>
    <message>
        <source>Type the verification code printed beside the QR code (e.g. K7Q2-M9XD), the document number, or scan the QR code.</source>
        <translation>请输入二维码旁印有的验证码（例如 K7Q2-M9XD）或文书编号，也可直接扫描二维码。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核验</translation>
    </message>
    <message>
        <source>No document with this code was issued here. The copy may be forged, or it was issued by another center.</source>
        <translation>本中心未出具过与此编码对应的文书。该文书可能系伪造，或由其他中心出具。</translation>
    </message>
    <message>
        <source>Genuine: {title}
Document {id}, issued {when} by {who}.</source>
        <translation>真实有效：{title}
文书编号 {id}，由{who}于 {when} 出具。</translation>
    </message>
</context>
<context>
    <name>WaitingTableModel</name>
    <message>
        <source>Number</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等候</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
</context>
<context>
    <name>WindowLoadModel</name>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结</translation>
    </message>
</context>
<context>
    <name>WorkOrderCaseDialog</name>
    <message>
        <source>Register a mediation case for work order {number}</source>
        <translation>将工单 {number} 登记为调解案件</translation>
    </message>
    <message>
        <source>The case is registered as coming from a work order and linked to order {number}; its result is reported back on the order.</source>
        <translation>案件来源登记为“平台工单”，并与工单 {number} 关联；调解结果在工单上办结反馈。</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Kind of dispute</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>发生地点</translation>
    </message>
    <message>
        <source>As on the work order: {area}</source>
        <translation>同工单：{area}</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>（未注明）</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>所属区域</translation>
    </message>
    <message>
        <source>Reporter on the work order: {reporter}</source>
        <translation>工单反映人：{reporter}</translation>
    </message>
    <message>
        <source>Register the case</source>
        <translation>登记案件</translation>
    </message>
</context>
<context>
    <name>WorkOrderDetailDialog</name>
    <message>
        <source>Signed for</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>Return asked</source>
        <translation>申请退单</translation>
    </message>
    <message>
        <source>Return decided</source>
        <translation>退单审核</translation>
    </message>
    <message>
        <source>Extension asked</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Extension decided</source>
        <translation>延期审核</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>Work order {number} · {state}</source>
        <translation>工单 {number} · {state}</translation>
    </message>
    <message>
        <source>No deadline running.</source>
        <translation>无进行中的期限。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>反映问题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>派单时间</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>sign by {sign}, complete by {due} ({days} working days)</source>
        <translation>{sign} 前签收，{due} 前办结（{days} 个工作日）</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Reason for return</source>
        <translation>退单理由</translation>
    </message>
    <message>
        <source>Handled by case</source>
        <translation>关联案件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>Sign for it</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>记录处置情况…</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Report completion…</source>
        <translation>办结反馈…</translation>
    </message>
    <message>
        <source>Ask for an extension…</source>
        <translation>申请延期…</translation>
    </message>
    <message>
        <source>Register as a mediation case…</source>
        <translation>登记为调解案件…</translation>
    </message>
    <message>
        <source>Ask to return it…</source>
        <translation>申请退单…</translation>
    </message>
    <message>
        <source>Platform approved the return</source>
        <translation>平台同意退单</translation>
    </message>
    <message>
        <source>Platform refused the return</source>
        <translation>平台不同意退单</translation>
    </message>
    <message>
        <source>Platform granted the extension</source>
        <translation>平台同意延期</translation>
    </message>
    <message>
        <source>Platform refused the extension</source>
        <translation>平台不同意延期</translation>
    </message>
    <message>
        <source>Print feedback sheet</source>
        <translation>打印办结反馈单</translation>
    </message>
    <message>
        <source>Handling note</source>
        <translation>处置情况</translation>
    </message>
    <message>
        <source>What was done?</source>
        <translation>做了哪些处置？</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Report completion</source>
        <translation>办结反馈</translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation>办理结果如何？</translation>
    </message>
    <message>
        <source>Ask to return</source>
        <translation>申请退单</translation>
    </message>
    <message>
        <source>Why is it not the center&apos;s?</source>
        <translation>为什么不属于本中心办理？</translation>
    </message>
    <message>
        <source>Ask for an extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日数</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Case registered</source>
        <translation>案件已登记</translation>
    </message>
    <message>
        <source>Case {number} is registered and linked to this work order. Open it now?</source>
        <translation>案件 {number} 已登记并关联本工单。现在打开吗？</translation>
    </message>
</context>
<context>
    <name>WorkOrderForm</name>
    <message>
        <source>Register a work order from paper</source>
        <translation>录入纸质工单</translation>
    </message>
    <message>
        <source>For an order that reached the center on paper or by phone while the platform was out of reach. When the platform sends the same order number later, it adopts this record.</source>
        <translation>平台无法连接时，按纸质工单或电话交办内容录入。平台日后下发同一工单编号时，将沿用这条记录。</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>As written on the order, e.g. noise, neighbours, wages</source>
        <translation>按工单填写，如噪音扰民、邻里纠纷、劳资纠纷</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>反映问题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>（未注明）</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>所属区域</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation>反映人电话</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>派单时间</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日数</translation>
    </message>
    <message>
        <source>Due date stated on the order</source>
        <translation>按工单注明的办结日期</translation>
    </message>
</context>
<context>
    <name>WorkOrderListPage</name>
    <message>
        <source>Work orders</source>
        <translation>平台工单</translation>
    </message>
    <message>
        <source>Matters the platform assigned to the center. Sign for each, handle it and report back within the time limit; red: overdue, yellow: due soon. Double-click or press Enter to open one.</source>
        <translation>平台派发给本中心的事项。请在时限内签收、处置并反馈；红色：已逾期，黄色：即将到期。双击或按回车键打开。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Register a paper work order…</source>
        <translation>录入纸质工单…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Overdue: {overdue}   Due soon: {soon}</source>
        <translation>已逾期：{overdue}   即将到期：{soon}</translation>
    </message>
</context>
<context>
    <name>WorkOrdersModel</name>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>工单来源</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>反映问题</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>派单日期</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按期</translation>
    </message>
    <message>
        <source>late</source>
        <translation>超期</translation>
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <source>Show ID numbers and phones</source>
        <translation>显示身份证号码和电话</translation>
    </message>
    <message>
        <source>Shown in full for this view only; the audit trail records it.</source>
        <translation>仅本次完整显示；查看记录将写入审计日志。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
</TS>

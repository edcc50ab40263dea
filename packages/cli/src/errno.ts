/**
 * The reasons a file operation fails, in Chinese, by Node's error code: what the
 * user sees instead of `ENOTDIR` or `EACCES`.
 */

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: '找不到此文件或目录',
  ENOTDIR: '路径中有一段是文件，不是目录',
  EISDIR: '是目录，不是文件',
  EACCES: '没有权限',
  EPERM: '操作不被允许（没有权限）',
  ENOSPC: '磁盘已满',
  EDQUOT: '超出磁盘配额',
  EROFS: '所在的文件系统是只读的',
  EEXIST: '已经存在',
  ENOTEMPTY: '目录不是空的',
  EMFILE: '本程序打开的文件过多',
  ENFILE: '系统打开的文件过多',
  ELOOP: '符号链接形成了循环',
  ENAMETOOLONG: '文件名或路径过长',
  EBUSY: '文件正被占用',
  ETXTBSY: '文件正被占用',
  EIO: '磁盘读写出错',
  EFBIG: '文件超出文件系统允许的大小',
  ENXIO: '设备不存在或未就绪',
  ENODEV: '设备不存在',
  EAGAIN: '暂时无法读取，请稍后再试',
  EINVAL: '不支持对它的这种操作',
  EXDEV: '不能跨文件系统移动'
}

/**
 * Why a file operation failed, in Chinese, from its error (its `code`): a known
 * code by name, any other as an unknown system error with the code after it.
 *
 * @example
 * errnoReason(Object.assign(new Error(), { code: 'ENOTDIR' })) // '路径中有一段是文件，不是目录'
 */
export const errnoReason = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException | undefined)?.code
  if (code === undefined) return `未知错误（${e instanceof Error ? e.message : String(e)}）`
  return REASONS[code] ?? `未知的系统错误（${code}）`
}
